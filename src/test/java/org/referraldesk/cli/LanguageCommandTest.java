package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.app.CommandLineDesk;
import org.referraldesk.service.LanguageChoice;

/** {@code language}: shows and chooses this computer's language without opening the desk. */
class LanguageCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineDesk.at(Clock.systemUTC(), LanguageChoice.in(dir)).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void languageShowsTheChoiceAndLanguageDeKeepsGermanForTheNextStart() {
        assertEquals("0 language=system\n", run("language"));
        assertEquals("0 The language is now Deutsch; it applies the next time Referral Desk starts.\n",
                run("language", "de"));
        assertEquals(Optional.of(Locale.GERMAN), LanguageChoice.in(dir).chosen());
        assertEquals("0 language=de\n", run("language"));
    }

    @Test
    void aLanguageNotSpokenIsRefusedAndNothingChanges() {
        assertEquals("1 \"it\" is not a language Referral Desk speaks; use system, en, de, fr or es.\n",
                run("language", "it"));
        assertEquals(Optional.empty(), LanguageChoice.in(dir).chosen());
    }
}
