package org.referraldesk.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

class DuplicatesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theListShowsEachPairWithWhyAndHowManyThereAre() {
        List<Throwable> failures = new ArrayList<>();
        try (TempDesk desk = TempDesk.openIn(dir)) {
            desk.use(tx -> {
                tx.contacts().insert(new Contact(0, "Ben Okafor", null, null, "+44 20 7946 0111", null, null), TempDesk.NOW);
                tx.contacts().insert(new Contact(0, "Ben  Okafor", null, null, "0044 20 7946 0111", null, null), TempDesk.NOW);
                tx.contacts().insert(Contact.named("Anna Keller", "anna@keller.example"), TempDesk.NOW);
            });
            ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                    .textFor(DuplicatesController.class);
            DuplicatesViewModel model = new DuplicatesViewModel(desk.services().merges(),
                    new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text);

            model.load();

            assertEquals(1, model.pairs().size());
            assertEquals("Ben Okafor \u00b7 +44 20 7946 0111", DuplicatesViewModel.describe(model.pairs().get(0).first()));
            assertEquals("Zoë Lefèvre \u00b7 Lefevre Design \u00b7 zoe@lefevre.example \u00b7 +44 20 7946 0105",
                    DuplicatesViewModel.describe(new Contact(7, "Zoë Lefèvre", "Lefevre Design", "zoe@lefevre.example",
                            "+44 20 7946 0105", "1 High Street", "Met at the fair")),
                    "one line in the list and in the merge dialog's finder: name, company, email, phone");
            assertEquals("Same name and phone", model.why(model.pairs().get(0)));
            assertEquals("1 pair to review", model.countProperty().get());
        }
        assertEquals(List.of(), failures);
    }
}
