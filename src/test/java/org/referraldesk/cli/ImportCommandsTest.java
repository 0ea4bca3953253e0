package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.ImportCorpus;
import org.referraldesk.testing.TempDesk;

/** import contacts|referrals on the command line: a report, rejected rows by line, and nothing twice. */
class ImportCommandsTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        // the submissions arrived in November 2026; a story cannot arrive after "now"
        cli = new CliRun(dir.resolve("desk"), Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), TempDesk.CLOCK.getZone()));
    }

    @Test
    void aWebFormExportBecomesStoriesOnceWithItsRejectedRowByLine() {
        String export = ImportCorpus.file("google-forms-referrals.csv").toString();

        CliRun.Result first = cli.run("import", "referrals", export);
        CliRun.Result again = cli.run("import", "referrals", export);

        assertEquals(0, first.code(), first.err());
        assertEquals("Imported 3 stories, merged 0, skipped 0, rejected 1.\n"
                + "  line 6 rejected: The client's name must not be blank.\n", first.out());
        assertTrue(again.out().startsWith("Imported 0 stories, merged 0, skipped 3, rejected 1."), again.out());
        String due = cli.run("due", "--json").out();
        assertTrue(due.contains("\"client\": \"Tom Hughes\""), due);
    }

    @Test
    void aDryRunReportsTheSameAndWritesNothing() {
        String contacts = ImportCorpus.file("google-contacts-old.csv").toString();

        CliRun.Result trial = cli.run("import", "contacts", contacts, "--dry-run");
        CliRun.Result real = cli.run("import", "contacts", contacts);

        assertEquals(0, trial.code(), trial.err());
        assertTrue(trial.out().startsWith("Dry run, nothing written: would import "), trial.out());
        assertEquals(trial.out().replace("Dry run, nothing written: would import ", "Imported "), real.out());
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRefusedInOneLineWithExitOne() throws Exception {
        CliRun.Result result = cli.run("import", "contacts", ImportCorpus.file("picture-renamed.csv").toString());

        assertEquals(1, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertEquals("", result.out());
        assertTrue(Files.exists(dir.resolve("desk.mv.db")));
        assertEquals("[ ]\n", cli.run("due", "--json").out().replaceAll("\\s+", " ").replace("[ ] ", "[ ]\n"));
    }

    @Test
    void aMappingFileNamesTheColumnsOfAnotherForm() {
        CliRun.Result result = cli.run("import", "referrals", ImportCorpus.file("own-form.csv").toString(),
                "--mapping", ImportCorpus.file("own-form-mapping.properties").toString());

        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Imported "), result.out());
        assertTrue(!result.out().startsWith("Imported 0 "), result.out());
    }
}
