package org.referraldesk.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.DataExports;
import org.referraldesk.service.NewReferral;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The Data screen without a window: exports say what they wrote, a restore backs up first and reloads. */
class DataViewModelTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private final List<Throwable> failures = new ArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private DataViewModel model;

    @BeforeEach
    void open() throws Exception {
        desk = TempDesk.openIn(Files.createDirectory(dir.resolve("desk")));
        desk.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A boiler"));
        ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                .textFor(DataController.class);
        model = new DataViewModel(new DataExports(desk.store(), TempDesk.CLOCK, "Referral Desk test"),
                desk.services().restore(), new BackgroundTasks(Runnable::run, Runnable::run, failures::add),
                TempDesk.CLOCK, dir.resolve("desk"), reloads::incrementAndGet, text);
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void eachExportWritesItsFileAndSaysHowMuch() {
        model.exportContactsCsv(dir.resolve("c.csv"));
        assertEquals("2 contacts written to c.csv.", model.statusProperty().get());
        model.exportContactsVcard(dir.resolve("c.vcf"));
        assertEquals("2 contacts written to c.vcf.", model.statusProperty().get());
        model.exportCalendar(dir.resolve("f.ics"));
        assertEquals("4 follow-ups written to f.ics.", model.statusProperty().get());
        model.exportEverything(dir.resolve("all.json"));
        assertTrue(model.statusProperty().get().endsWith(" rows written to all.json."));
        model.backup(dir.resolve("desk.rdbackup"));
        assertTrue(model.statusProperty().get().startsWith("Backed up "));
        assertTrue(Files.isRegularFile(dir.resolve("desk.rdbackup")));
        assertFalse(model.busyProperty().get());
        assertFalse(model.refusedProperty().get());
    }

    @Test
    void suggestedNamesCarryTodaysDate() {
        assertEquals("referral-desk-contacts-2026-03-10.csv", model.suggestedName("contacts", "csv"));
        assertEquals("referral-desk-2026-03-10.rdbackup", model.suggestedName("", "rdbackup"));
    }

    @Test
    void aRestoreBacksUpWhatIsHereFirstThenReplacesEverythingAndReloads() throws Exception {
        Path backup = dir.resolve("other.rdbackup");
        try (TempDesk other = TempDesk.openIn(Files.createDirectory(dir.resolve("other")))) {
            other.referrals().record(NewReferral.of("Carla Núñez", "Emma Schäfer", Channel.WEB_FORM, "A roof"));
            other.referrals().record(NewReferral.of("Carla Núñez", "David Levi", Channel.PHONE, "Tiles"));
            new DataExports(other.store(), TempDesk.CLOCK, "test").backup(backup);
        }
        assertEquals(dir.resolve("desk").resolve("backups"), model.safetyBackup());
        Path safety = dir.resolve("desk").resolve("backups").resolve("desk-2026-03-10-0900-before-restore.rdbackup");

        model.restore(backup, model.safetyBackup());

        assertTrue(Files.isRegularFile(safety), "what was here is backed up first");
        assertEquals(2, desk.count(tx -> tx.referrals().count()));
        assertEquals("Carla Núñez", desk.in(tx -> tx.contacts().find(1).orElseThrow().name()));
        assertEquals(1, reloads.get());
        assertTrue(model.statusProperty().get().startsWith("Restored 2 stories, 3 contacts, "),
                "says what it restored: " + model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains(" follow-ups, 0 touches and 0 gifts from other.rdbackup."),
                model.statusProperty().get());
        assertTrue(model.statusProperty().get().endsWith("backed up in " + safety + "."), model.statusProperty().get());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedOnTheScreenAndChangesNothing() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.json"), "shopping list");
        TempDesk.Snapshot before = desk.snapshot();

        model.restore(notes, model.safetyBackup());

        assertTrue(model.refusedProperty().get());
        assertTrue(model.statusProperty().get().startsWith("This is not a Referral Desk export"),
                model.statusProperty().get());
        assertEquals(before, desk.snapshot());
        assertEquals(0, reloads.get());
        assertFalse(Files.exists(model.safetyBackup()), "nothing to back up for a file that cannot be restored");
    }

    @Test
    void backUpNowPutsABackupInTheDesksFolderAndListsItNewestFirst() {
        DataViewModel listing = new DataViewModel(desk.services().exports(), desk.services().restore(),
                new BackgroundTasks(Runnable::run, Runnable::run, failures::add), TempDesk.CLOCK, dir.resolve("desk"),
                reloads::incrementAndGet, text(), desk.services().backups());
        listing.loadBackups();
        assertEquals(List.of(), listing.backups());

        listing.backUpNow();

        Path taken = dir.resolve("desk").resolve("backups").resolve("desk-2026-03-10-0900-by-hand.rdbackup");
        assertEquals("Backed up 1 story and 2 contacts to desk-2026-03-10-0900-by-hand.rdbackup.",
                listing.statusProperty().get());
        assertEquals(List.of(new BackupRow("10 Mar 2026, 09:00", "By hand", 1, 2, taken)), listing.backups());
        assertTrue(listing.backupsFolderText().endsWith(dir.resolve("desk").resolve("backups").toString()));
    }

    private static ResourceBundle text() {
        return new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                .textFor(DataController.class);
    }
}
