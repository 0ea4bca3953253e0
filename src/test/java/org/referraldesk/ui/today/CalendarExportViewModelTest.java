package org.referraldesk.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.CalendarExport;
import org.referraldesk.service.NewReferral;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

class CalendarExportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void exportingWritesTheOpenFollowUpsAndSaysHowMany() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        try (TempDesk desk = TempDesk.openIn(dir)) {
            desk.referrals().record(NewReferral.of("Anna", "Ben", Channel.PHONE, "Boiler"));
            ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                    .textFor(TodayController.class);
            CalendarExportViewModel model = new CalendarExportViewModel(new CalendarExport(desk.store(), TempDesk.CLOCK),
                    new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text);
            Path file = dir.resolve(model.suggestedFileName());
            model.exportTo(file);
            String ics = Files.readString(file);
            assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
            assertEquals(4, ics.split("BEGIN:VEVENT", -1).length - 1, "respond, thank, card and the hero check-in");
            assertEquals("4 follow-ups written to referral-desk-follow-ups.ics", model.statusProperty().get());
        }
        assertEquals(List.of(), failures);
    }
}
