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

/** Input out of bounds on the command line: one line on stderr, exit 1, and the desk as it was. */
class InputBoundsCommandsTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--channel", "email", "--received", "2026-03-09T08:00:00Z");
        assertEquals(0, added.code(), added.err());
    }

    /** The whole desk as an export (the clock is stopped, so an unchanged desk exports to the same bytes). */
    private byte[] everything(String name) throws Exception {
        Path file = dir.resolve(name);
        CliRun.Result exported = cli.run("export", "json", file.toString());
        assertEquals(0, exported.code(), exported.err());
        return Files.readAllBytes(file);
    }

    @Test
    void aTouchInTheYear9999IsRefusedAndTheHerosCheckInStaysWhereItWas() throws Exception {
        byte[] before = everything("before.json");

        CliRun.Result touch = cli.run("touch", "Anna Keller", "--kind", "call", "--at", "9999-01-01");

        assertEquals(1, touch.code());
        assertEquals(List.of("The time given with --at can be at most a day ahead of now."), touch.errLines());
        assertEquals("", touch.out());
        assertArrayEquals(before, everything("after.json"), "nothing written");
    }

    @Test
    void aStoryStepInTheYear1IsRefused() {
        CliRun.Result step = cli.run("referral", "stage", "1", "contacted", "--at", "0001-01-01T00:00:00Z");
        assertEquals(1, step.code());
        assertEquals(List.of("The time given with --at cannot be before 1 January 1970."), step.errLines());
    }

    @Test
    void aNameOver200CharactersIsOneLineAndNothingIsWritten() throws Exception {
        byte[] before = everything("before.json");

        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "C".repeat(201),
                "--channel", "email");

        assertEquals(1, added.code());
        assertEquals(List.of("The client's name must be at most 200 characters."), added.errLines());
        assertEquals("", added.out());
        assertArrayEquals(before, everything("after.json"), "nothing written");
    }

    @Test
    void revenueOver10DigitsIsOneReadableLine() {
        CliRun.Result won = cli.run("referral", "won", "1", "--revenue", "12345678901", "--profit", "1");
        assertEquals(1, won.code());
        assertEquals(List.of("Revenue is too large: at most 10 digits before the decimal point."), won.errLines());
    }

    @Test
    void anUnexpectedFailureIsOneReadableLineWithoutTheExceptionsText() {
        String line = Cli.message(new IllegalStateException("org.h2.jdbc.JdbcSQLDataException: Value too long"));
        assertTrue(line.startsWith("Referral Desk could not finish this because of an unexpected problem."), line);
        assertTrue(!line.contains("h2") && !line.contains("Exception") && !line.contains("\n"), line);
    }
}
