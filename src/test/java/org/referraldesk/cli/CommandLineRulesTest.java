package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.app.AppInfo;
import org.referraldesk.testing.TempDesk;

/** Exit codes, one-line messages, help for every command, and the window when no command is given. */
class CommandLineRulesTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
    }

    @Test
    void badInputExitsWithOneAndOneLineOnStderrAndPrintsNothing() {
        CliRun.Result missing = cli.run("done", "999");
        assertEquals(1, missing.code());
        assertEquals(List.of("No follow-up with id 999."), missing.errLines());
        assertEquals("", missing.out());

        CliRun.Result blank = cli.run("referral", "add", "--referrer", " ", "--client", "Ben Okafor");
        assertEquals(1, blank.code());
        assertEquals(List.of("The referrer's name must not be blank."), blank.errLines());

        CliRun.Result future = cli.run("referral", "add", "--referrer", "Anna", "--client", "Ben",
                "--received", "2027-01-01T00:00:00Z");
        assertEquals(List.of("The time the referral arrived cannot be in the future."), future.errLines());
        assertEquals(1, future.code());

        CliRun.Result nobody = cli.run("touch", "Nobody", "--kind", "call");
        assertEquals(List.of("No partner is named \"Nobody\"."), nobody.errLines());
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        assertEquals(2, cli.run("referral", "add", "--client", "Ben").code(), "--referrer is required");
        assertEquals(2, cli.run("referral", "add", "--referrer", "A", "--client", "B", "--channel", "fax").code());
        assertEquals(2, cli.run("due", "--at", "next tuesday").code());
        assertEquals(2, cli.run("frobnicate").code());
        assertEquals(2, cli.run("referral", "stage", "1", "won").code(), "ending a story has its own commands");
        CliRun.Result channel = cli.run("referral", "add", "--referrer", "A", "--client", "B", "--channel", "fax");
        assertTrue(channel.err().contains("'fax' is not a channel; use email, phone, in-person, web-form or other"));
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        List<List<String>> commands = List.of(List.of(), List.of("referral"), List.of("referral", "add"),
                List.of("referral", "stage"), List.of("referral", "won"), List.of("referral", "not-a-fit"),
                List.of("referral", "lost"), List.of("due"), List.of("done"), List.of("touch"), List.of("export"),
                List.of("backup"), List.of("restore"));
        for (List<String> command : commands) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun.Result help = CliRun.runBare(TempDesk.CLOCK, args);
            assertEquals(0, help.code(), String.join(" ", command));
            assertTrue(help.out().startsWith("Usage: referral-desk " + String.join(" ", command)), help.out());
        }
        assertTrue(CliRun.runBare(TempDesk.CLOCK, "due", "--help").out()
                .contains("DUE       due later that same day, before local midnight;"));
        assertTrue(CliRun.runBare(TempDesk.CLOCK, "--help").out().contains("3 the database is open in another"));
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun.Result version = CliRun.runBare(TempDesk.CLOCK, "--version");
        assertEquals(0, version.code());
        assertEquals(AppInfo.load().nameAndVersion() + "\n", version.out());
    }

    @Test
    void withNoCommandTheWindowOpensOnTheChosenDatabase() {
        AtomicReference<Path> opened = new AtomicReference<>();
        Cli line = new Cli((db, password, clock) -> {
            throw new AssertionError("no command opens no services");
        }, (db, current, next) -> {
            throw new AssertionError("no command changes no password");
        }, db -> {
            opened.set(db);
            return 0;
        }, TempDesk.CLOCK, () -> dir.resolve("default"), "Referral Desk test");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertEquals(0, line.run(new String[] {"--db", dir.resolve("mine").toString()}, quiet, quiet));
        assertEquals(dir.resolve("mine"), opened.get());
        assertEquals(0, line.run(new String[0], quiet, quiet));
        assertEquals(dir.resolve("default"), opened.get());
    }

    @Test
    void aDatabaseHeldByAnotherProcessExitsWithThree() {
        Cli line = new Cli((db, password, clock) -> {
            throw new DeskUnavailable("The database " + db + " is in use by another Referral Desk.", true, null);
        }, (db, current, next) -> {
        }, db -> 0, TempDesk.CLOCK, () -> dir.resolve("default"), "Referral Desk test");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertEquals(3, line.run(new String[] {"due"}, quiet, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is in use by another Referral Desk"));
    }

    @Test
    void aFailedExportWritesNoFile() throws Exception {
        Path missingFolder = dir.resolve("no-such-folder").resolve("contacts.csv");
        CliRun.Result result = cli.run("export", "csv", missingFolder.toString());
        assertEquals(1, result.code());
        assertEquals(List.of("The folder " + missingFolder.getParent().toAbsolutePath() + " does not exist."),
                result.errLines());
        assertTrue(Files.notExists(missingFolder.getParent()));
    }
}
