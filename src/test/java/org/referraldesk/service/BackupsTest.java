package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.domain.Channel;
import org.referraldesk.store.Store;
import org.referraldesk.testing.MutableClock;
import org.referraldesk.testing.TempDesk;

/** The automatic backups beside a desk: when one is taken, how they are named, which are kept. */
class BackupsTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(TempDesk.CLOCK);
    private Store store;
    private Services services;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        services = TempDesk.services(store, clock);
        services.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A boiler"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Backups backups() {
        return services.backups();
    }

    @Test
    void aDeskWithoutBackupsGetsOneAtStartAndAFreshOneMeansNoneMore() {
        BackupFile first = backups().takeIfDue().orElseThrow();

        assertEquals(dir.resolve("backups").resolve("desk-2026-03-10-0900-daily.rdbackup"), first.file());
        assertEquals(1, first.stories());
        assertEquals(2, first.contacts());
        assertEquals(Optional.of(BackupReason.DAILY), first.reason());
        clock.advance(Duration.ofHours(23));
        assertEquals(Optional.empty(), backups().takeIfDue(), "the newest is less than a day old");
        assertEquals(List.of(first), backups().list());
    }

    @Test
    void aBackupOlderThanADayMeansANewOneAtStart() {
        backups().takeIfDue();
        clock.advance(Duration.ofHours(24).plusMinutes(1));

        BackupFile second = backups().takeIfDue().orElseThrow();

        assertEquals("desk-2026-03-11-0901-daily.rdbackup", second.file().getFileName().toString());
        assertEquals(second, backups().list().get(0), "newest first");
        assertEquals(2, backups().list().size());
    }

    @Test
    void aBackupRestoresWhatTheDeskHeld() throws Exception {
        BackupFile taken = backups().takeNow(BackupReason.BY_HAND);
        try (TempDesk other = TempDesk.openIn(Files.createDirectory(dir.resolve("other")))) {
            Restored put = other.services().restore().restore(taken.file(), false);
            assertEquals(1, put.stories());
            assertEquals(2, put.contacts());
        }
    }

    @Test
    void twoBackupsInOneMinuteGetTwoNamesAndHalfWrittenFilesNeverList() throws Exception {
        BackupFile one = backups().takeNow(BackupReason.BY_HAND);
        BackupFile two = backups().takeNow(BackupReason.BY_HAND);
        Files.writeString(dir.resolve("backups").resolve(".referral-desk-123.part"), "PK half");

        assertEquals("desk-2026-03-10-0900-by-hand.rdbackup", one.file().getFileName().toString());
        assertEquals("desk-2026-03-10-0900-by-hand-2.rdbackup", two.file().getFileName().toString());
        assertEquals(Optional.of(BackupReason.BY_HAND), two.reason());
        assertEquals(2, backups().list().size());
    }

    @Test
    void twoDesksInOneFolderEachListOnlyTheirOwn() {
        backups().takeNow(BackupReason.BY_HAND);
        try (Store other = Store.open(dir.resolve("desk-2"))) {
            Services second = TempDesk.services(other, clock);
            second.backups().takeNow(BackupReason.DAILY);

            assertEquals(1, second.backups().list().size());
            assertTrue(second.backups().list().get(0).file().getFileName().toString().startsWith("desk-2-"));
            assertEquals(1, backups().list().size());
            assertEquals(2, new BackupFolder(dir.resolve("backups")).list().size(), "a folder on its own lists all");
        }
    }

    @Test
    void onQuitABackupIsTakenOnlyWhenSomethingChangedSinceTheLastOne() {
        services = TempDesk.services(store, clock);
        assertFalse(backups().changedSinceLastBackup(), "the desk just opened");
        assertEquals(Optional.empty(), backups().takeIfChanged());

        services.referrals().record(NewReferral.of("Carla Núñez", "Emma Schäfer", Channel.WEB_FORM, "A roof"));
        BackupFile onQuit = backups().takeIfChanged().orElseThrow();

        assertEquals(Optional.of(BackupReason.ON_QUIT), onQuit.reason());
        assertEquals(2, onQuit.stories());
        services.today().agenda();
        assertEquals(Optional.empty(), backups().takeIfChanged(), "reading changes nothing");
    }

    @Test
    void sixtyDaysOfDailyBackupsLeaveTheLastSevenDaysAndFourWeeksBeforeThem() {
        for (int day = 0; day < 60; day++) {
            backups().takeIfDue().orElseThrow();
            clock.advance(Duration.ofDays(1));
        }
        List<LocalDate> kept = backups().list().stream()
                .map(b -> LocalDate.ofInstant(b.takenAt(), clock.getZone())).toList();
        LocalDate last = LocalDate.of(2026, 3, 10).plusDays(59);

        assertEquals(11, kept.size(), kept.toString());
        for (int i = 0; i < 7; i++) {
            assertEquals(last.minusDays(i), kept.get(i), "the last seven days, newest first");
        }
        List<Integer> weeks = kept.subList(7, 11).stream().map(d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).toList();
        int oldestDaysWeek = kept.get(6).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        assertEquals(List.of(oldestDaysWeek - 1, oldestDaysWeek - 2, oldestDaysWeek - 3, oldestDaysWeek - 4), weeks,
                "one for each of the four weeks before");
        for (LocalDate weekly : kept.subList(7, 11)) {
            assertEquals(java.time.DayOfWeek.SUNDAY, weekly.getDayOfWeek(), "the newest of its week");
        }
    }

    @Test
    void ofTwoBackupsOnOneDayOnlyTheNewerStays() {
        BackupFile morning = backups().takeIfDue().orElseThrow();
        clock.advance(Duration.ofHours(8));
        BackupFile evening = backups().takeNow(BackupReason.ON_QUIT);

        assertFalse(Files.exists(morning.file()));
        assertEquals(List.of(evening), backups().list());
    }

    @Test
    void safetyCopiesAndBackupsByHandStayThirtyDaysAndTheOneJustTakenIsNeverDeleted() {
        BackupFile beforeRestore = backups().takeNow(BackupReason.BEFORE_RESTORE);
        BackupFile beforeMigration = backups().takeNow(BackupReason.BEFORE_MIGRATION);
        BackupFile byHand = backups().takeNow(BackupReason.BY_HAND);
        clock.advance(Duration.ofDays(30));
        backups().takeNow(BackupReason.DAILY);
        assertTrue(Files.exists(beforeRestore.file()), "30 days old: kept");
        assertTrue(Files.exists(beforeMigration.file()));
        assertTrue(Files.exists(byHand.file()));

        clock.advance(Duration.ofHours(1));
        backups().takeNow(BackupReason.DAILY);
        assertFalse(Files.exists(beforeRestore.file()), "older than 30 days: gone");
        assertFalse(Files.exists(beforeMigration.file()));
        assertFalse(Files.exists(byHand.file()));

        clock.setBack(Duration.ofDays(400)); // the computer's clock went far back
        BackupFile justTaken = backups().takeNow(BackupReason.BY_HAND);
        assertTrue(Files.exists(justTaken.file()), "the oldest by the calendar, yet the one just taken");
    }

    @Test
    void aFileSomeoneElseNamedIsListedAndNeverRotatedAway() throws Exception {
        Path mine = dir.resolve("backups").resolve("before-the-move.rdbackup");
        services.exports().backup(Files.createDirectories(dir.resolve("backups")).resolve("before-the-move.rdbackup"));
        for (int day = 0; day < 20; day++) {
            backups().takeNow(BackupReason.DAILY);
            clock.advance(Duration.ofDays(1));
        }
        assertTrue(Files.exists(mine));
        assertEquals(Optional.empty(), backups().list().stream().filter(b -> b.file().equals(mine)).findFirst()
                .flatMap(BackupFile::reason));
        assertTrue(backups().list().stream().anyMatch(b -> b.file().equals(mine)));
    }
}
