package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.testing.TempDesk;

/** A backup or JSON export goes back into an empty desk whole, in one transaction, ids and all. */
class RestoreTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private TempDesk other;

    @BeforeEach
    void open() throws Exception {
        desk = TempDesk.openIn(Files.createDirectory(dir.resolve("one")));
        other = TempDesk.openIn(Files.createDirectory(dir.resolve("two")));
        FullExportTest.fill(desk);
    }

    @AfterEach
    void close() {
        desk.close();
        other.close();
    }

    private DataExports exports(TempDesk on) {
        return new DataExports(on.store(), TempDesk.CLOCK, "Referral Desk test");
    }

    @Test
    void aJsonExportRestoredIntoANewDeskExportsToTheSameBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path again = dir.resolve("again.json");
        exports(desk).everything(first);

        int rows = new Restore(other.store()).restore(first, false).rows();
        exports(other).everything(again);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
        assertTrue(rows > 20);
        assertEquals(desk.snapshot(), other.snapshot());
    }

    @Test
    void aBackupIsAZipWithAManifestAndTheDocumentAndRestoresTheSame() throws Exception {
        Path backup = dir.resolve("desk.rdbackup");
        exports(desk).backup(backup);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertTrue(new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes())
                    .contains("\"format\" : \"referral-desk-backup\""));
            assertTrue(zip.getEntry("referral-desk.json") != null);
        }
        new Restore(other.store()).restore(backup, false);
        assertEquals(desk.snapshot(), other.snapshot());
    }

    @Test
    void newIdsContinueAfterTheHighestRestoredOne() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        new Restore(other.store()).restore(file, false);
        long highest = other.count(tx -> tx.referrals().count());

        long next = other.referrals().record(NewReferral.of("Carla Núñez", "Emma Schäfer", Channel.PHONE, "A roof"))
                .referral().id();
        assertEquals(highest + 1, next);
    }

    @Test
    void aDeskWithContactsIsOnlyReplacedWhenAskedAndThenHoldsOnlyTheRestoredRows() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        other.referrals().record(NewReferral.of("Zoë Lefèvre", "Omar Haddad", Channel.PHONE, "Tiles"));

        other.assertRefused(DeskNotEmpty.class, "This desk already has contacts or stories; a restore replaces "
                + "all of them, so it must be asked for explicitly.", () -> new Restore(other.store()).restore(file, false));

        new Restore(other.store()).restore(file, true);
        assertEquals(desk.snapshot(), other.snapshot());
    }

    @Test
    void aFileThatIsNotAnExportOrADamagedBackupIsRefusedAndChangesNothing() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        Path garbage = Files.write(dir.resolve("broken.rdbackup"), new byte[] {'P', 'K', 3, 4, 0, 0, 9});
        Path backup = dir.resolve("desk.rdbackup");
        exports(desk).backup(backup);
        byte[] bytes = Files.readAllBytes(backup);
        Path tampered = dir.resolve("tampered.rdbackup");
        Files.write(tampered, bytes);

        other.assertRefused("This is not a Referral Desk export: its \"format\" is not \"referral-desk-export\".",
                () -> new Restore(other.store()).restore(text, false));
        InvalidInput broken = assertThrows(InvalidInput.class, () -> new Restore(other.store()).restore(garbage, false));
        assertTrue(broken.getMessage().startsWith("This "), broken.getMessage());
        other.assertRefused("There is no file " + dir.resolve("missing.json").toAbsolutePath() + ".",
                () -> new Restore(other.store()).restore(dir.resolve("missing.json"), false));
    }

    @Test
    void aDocumentWithAColumnThisDeskDoesNotKnowIsRefusedWhole() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        Path newer = Files.writeString(dir.resolve("newer.json"),
                Files.readString(file).replaceFirst("\"name\": ", "\"nickname\": \"A\",\n      \"name\": "));

        other.assertRefused("The document has a column \"contact.nickname\" this desk does not know; "
                + "it was made by a newer Referral Desk.", () -> new Restore(other.store()).restore(newer, false));
    }
}
