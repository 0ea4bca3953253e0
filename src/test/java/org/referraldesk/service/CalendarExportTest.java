package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.testing.TempDesk;

/** Exporting the desk's open follow-ups to a file a calendar imports: done ones stay out. */
class CalendarExportTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private CalendarExport export;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        export = new CalendarExport(desk.store(), TempDesk.CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyOpenFollowUpBecomesOneEventAndDoneOnesStayOut() throws Exception {
        List<FollowUp> created = desk.referrals()
                .record(NewReferral.of("Zoë Lefèvre", "Ben Okafor", Channel.PHONE, "A kitchen")).followUps();
        desk.followUps().complete(created.get(0).id(), null);
        int open = desk.count(tx -> tx.followUps().countOpen());

        Path file = dir.resolve("follow-ups.ics");
        assertEquals(open, export.export(file));

        List<VEvent> events;
        try (InputStream in = Files.newInputStream(file)) {
            events = new CalendarBuilder().build(in).getComponents(Component.VEVENT);
        }
        assertEquals(open, events.size());
        List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertFalse(uids.contains("followup-" + created.get(0).id() + "@referraldesk"), "the done one is not exported");
        assertTrue(uids.contains("followup-" + created.get(1).id() + "@referraldesk"));
        assertTrue(events.stream().anyMatch(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .equals("Thank the referrer · Zoë Lefèvre · client Ben Okafor")), "each title names the client");
    }

    @Test
    void exportingAgainReplacesTheFileWithTheSameUids() throws Exception {
        desk.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A roof"));
        Path file = dir.resolve("follow-ups.ics");
        export.export(file);
        String first = Files.readString(file);
        export.export(file);
        assertEquals(first, Files.readString(file), "same desk, same clock: the same file");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".referral-desk-")),
                    "no temporary file is left behind");
        }
    }
}
