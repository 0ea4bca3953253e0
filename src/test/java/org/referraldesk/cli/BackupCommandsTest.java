package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.MutableClock;
import org.referraldesk.testing.TempDesk;

/** The automatic backups from the command line: the daily one before a command, and {@code backup list}. */
class BackupCommandsTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(TempDesk.CLOCK);

    private CliRun cli() {
        return new CliRun(dir.resolve("desk"), clock);
    }

    private List<String> backups() throws Exception {
        if (!Files.isDirectory(dir.resolve("backups"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void addStory(String client) {
        CliRun.Result added = cli().run("referral", "add", "--referrer", "Anna Keller", "--client", client,
                "--received", "2026-03-09T08:00:00Z");
        assertEquals(0, added.code(), added.err());
    }

    @Test
    void theFirstCommandOfTheDayIsBackedUpFirstAndTheNextOnesAreNot() throws Exception {
        addStory("Ben Okafor");
        assertEquals(List.of("desk-2026-03-10-0900-daily.rdbackup"), backups());

        addStory("Emma Schäfer");
        assertEquals(0, cli().run("due").code());
        assertEquals(List.of("desk-2026-03-10-0900-daily.rdbackup"), backups(), "the newest is fresher than a day");

        clock.advance(Duration.ofDays(1).plusMinutes(5));
        assertEquals(0, cli().run("due").code());
        assertEquals(List.of("desk-2026-03-10-0900-daily.rdbackup", "desk-2026-03-11-0905-daily.rdbackup"),
                backups());
        assertEquals(List.of("2026-03-11 09:05  2 stories  3 contacts  " + dir.resolve("backups")
                        .resolve("desk-2026-03-11-0905-daily.rdbackup"),
                "2026-03-10 09:00  0 stories  0 contacts  " + dir.resolve("backups")
                        .resolve("desk-2026-03-10-0900-daily.rdbackup")),
                cli().run("backup", "list").out().lines().toList(), "newest first; the first was taken before the story");
    }

    @Test
    void restoreBackupListHelpAndVersionTakeNoBackup() throws Exception {
        Path file = dir.resolve("export.json");
        CliRun other = new CliRun(dir.resolve("elsewhere").resolve("other"), clock);
        assertEquals(0, other.run("export", "json", file.toString()).code());

        assertEquals(0, cli().run("restore", file.toString()).code());
        assertEquals(0, cli().run("--help").code());
        assertEquals(0, cli().run("--version").code());
        assertEquals(0, cli().run("backup", "--help").code());
        CliRun.Result listed = cli().run("backup", "list");

        assertEquals(0, listed.code(), listed.err());
        assertEquals("No backups yet in " + dir.resolve("backups") + ".\n", listed.out());
        assertEquals(List.of(), backups());
        assertTrue(Files.isDirectory(dir.resolve("elsewhere").resolve("backups")), "the export was backed up first");
    }

    @Test
    void backupListAsJsonGivesTimeReasonCountsAndFile() throws Exception {
        addStory("Ben Okafor");
        clock.advance(Duration.ofDays(2));
        addStory("Emma Schäfer");

        CliRun.Result listed = cli().run("backup", "list", "--json");

        assertEquals(0, listed.code(), listed.err());
        JsonNode list = new ObjectMapper().readTree(listed.out());
        assertEquals(2, list.size());
        assertEquals("2026-03-12T08:00:00Z", list.get(0).get("takenAt").asText());
        assertEquals("daily", list.get(0).get("reason").asText());
        assertEquals(1, list.get(0).get("stories").asInt());
        assertEquals(2, list.get(0).get("contacts").asInt());
        assertEquals(dir.resolve("backups").resolve("desk-2026-03-12-0900-daily.rdbackup").toString(),
                list.get(0).get("file").asText());
        assertEquals(0, list.get(1).get("stories").asInt());
    }

    @Test
    void aListedBackupRestoresByItsPath() throws Exception {
        addStory("Ben Okafor");
        clock.advance(Duration.ofDays(1));
        assertEquals(0, cli().run("due").code());
        String newest = cli().run("backup", "list", "--json").out();
        String path = new ObjectMapper().readTree(newest).get(0).get("file").asText();

        CliRun fresh = new CliRun(dir.resolve("new").resolve("desk"), clock);
        CliRun.Result restored = fresh.run("restore", path);

        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().startsWith("Restored "), restored.out());
    }

    @Test
    void backupWithoutAFileIsAUsageError() throws Exception {
        CliRun.Result refused = cli().run("backup");

        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("Missing required parameter: 'FILE' (or 'list')"), refused.err());
        assertFalse(Files.exists(dir.resolve("desk.mv.db")), "nothing opened");
    }
}
