package org.referraldesk.ui.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Trash;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

class TrashViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theTrashListsWhatWasDeletedAsksBeforeDeletingForGoodAndRestores() {
        List<Throwable> failures = new ArrayList<>();
        try (TempDesk desk = TempDesk.openIn(dir)) {
            Trash trash = new Trash(desk.store(), TempDesk.CLOCK);
            long id = desk.referrals().record(NewReferral.of("Anna", "Ben", Channel.PHONE, "Boiler")).referral().id();
            trash.deleteStory(id);
            ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                    .textFor(TrashController.class);
            TrashViewModel model = new TrashViewModel(trash, new BackgroundTasks(Runnable::run, Runnable::run,
                    failures::add), TempDesk.CLOCK, text);
            model.load();
            assertEquals(1, model.items().size());
            assertEquals("Story", model.kindLabel(model.items().get(0)));
            assertEquals("Delete this story for good: Anna \u2192 Ben? This cannot be undone.",
                    model.confirmPurge(model.items().get(0)));
            model.restore(model.items().get(0));
            assertTrue(model.items().isEmpty());
            assertTrue(model.emptyProperty().get());
            assertEquals(1, desk.referrals().count());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aGermanOwnerIsAskedAboutAVorgangWrittenWithItsCapital() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        List<Throwable> failures = new ArrayList<>();
        try (TempDesk desk = TempDesk.openIn(dir)) {
            Trash trash = new Trash(desk.store(), TempDesk.CLOCK);
            trash.deleteStory(desk.referrals().record(NewReferral.of("Anna", "Ben", Channel.PHONE, "Boiler"))
                    .referral().id());
            ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                    .textFor(TrashController.class);
            TrashViewModel model = new TrashViewModel(trash, new BackgroundTasks(Runnable::run, Runnable::run,
                    failures::add), TempDesk.CLOCK, text);
            model.load();
            assertEquals("Anna \u2192 Ben (Vorgang) endg\u00fcltig l\u00f6schen? Das l\u00e4sst sich nicht "
                    + "r\u00fcckg\u00e4ngig machen.", model.confirmPurge(model.items().get(0)));
            assertEquals(List.of(), failures);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
