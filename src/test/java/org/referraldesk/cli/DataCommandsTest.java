package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** export, backup and restore on real databases: what goes out comes back to the byte. */
class DataCommandsTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
        assertEquals(0, cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--client-phone", "+49 30 1234", "--received", "2026-03-09T08:00:00Z").code());
    }

    @Test
    void eachExportWritesItsFileAndSaysHowMuch() throws Exception {
        assertEquals("Wrote 2 contacts to " + dir.resolve("c.csv") + ".\n",
                cli.run("export", "csv", dir.resolve("c.csv").toString()).out());
        assertEquals("Wrote 2 contacts to " + dir.resolve("c.vcf") + ".\n",
                cli.run("export", "vcard", dir.resolve("c.vcf").toString()).out());
        // the reply, the thanks, the card and Anna's first hero check-in
        assertEquals("Wrote 4 follow-ups to " + dir.resolve("f.ics") + ".\n",
                cli.run("export", "ics", dir.resolve("f.ics").toString()).out());
        assertTrue(cli.run("export", "json", dir.resolve("all.json").toString()).out().startsWith("Wrote "));

        assertTrue(Files.readString(dir.resolve("c.csv")).contains("'+49 30 1234"));
        assertTrue(Files.readString(dir.resolve("c.vcf")).contains("TEL:+49 30 1234"));
        assertTrue(Files.readString(dir.resolve("f.ics")).startsWith("BEGIN:VCALENDAR"));
        assertTrue(Files.readString(dir.resolve("all.json")).contains("\"phone\": \"+49 30 1234\""));
    }

    @Test
    void aJsonExportRestoredIntoANewDatabaseExportsTheSameBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path again = dir.resolve("again.json");
        cli.run("export", "json", first.toString());
        CliRun other = new CliRun(dir.resolve("other"), TempDesk.CLOCK);

        CliRun.Result restored = other.run("restore", first.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().startsWith("Restored "));
        other.run("export", "json", again.toString());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    }

    @Test
    void aBackupRestoresAndADeskWithDataIsOnlyReplacedWithReplace() throws Exception {
        Path backup = dir.resolve("desk.rdbackup");
        CliRun.Result backedUp = cli.run("backup", backup.toString());
        assertTrue(backedUp.out().startsWith("Backed up "), backedUp.out());

        CliRun.Result refused = cli.run("restore", backup.toString());
        assertEquals(1, refused.code());
        assertEquals(List.of("This desk already has contacts or stories; add --replace to replace all of them "
                + "with the file."), refused.errLines());

        cli.run("referral", "add", "--referrer", "Carla", "--client", "Emma", "--received", "2026-03-09T09:00:00Z");
        CliRun.Result replaced = cli.run("restore", "--replace", backup.toString());
        assertEquals(0, replaced.code(), replaced.err());
        Path safety = dir.resolve("backups").resolve("desk-2026-03-10-0900-before-restore.rdbackup");
        assertTrue(replaced.out().endsWith("What the desk held before is backed up in " + safety + ".\n"), replaced.out());
        assertEquals(2, new org.referraldesk.service.BackupFolder(safety.getParent()).newest().orElseThrow().stories(),
                "the safety copy holds both stories the desk had before");
        assertEquals(List.of("RESPOND_TO_CLIENT", "THANK_REFERRER", "HANDWRITTEN_CARD"),
                ReferralCommandsTest.due(cli, java.time.Instant.parse("2026-03-10T09:00:00Z")).stream()
                        .map(l -> l.get("kind").asText()).toList(), "only the backed-up story is left");
    }
}
