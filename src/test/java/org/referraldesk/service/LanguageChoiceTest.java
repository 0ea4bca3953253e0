package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.InvalidInput;

/** The language is this computer user's choice, kept in the data folder; without one, the system's. */
class LanguageChoiceTest {
    @TempDir
    Path dir;

    @Test
    void withoutAChoiceReferralDeskSpeaksTheSystemsLanguageWithItsRegion() {
        LanguageChoice choice = LanguageChoice.in(dir.resolve("data"));
        assertEquals(Optional.empty(), choice.chosen());
        assertEquals(Locale.forLanguageTag("de-AT"), choice.speaking(Locale.forLanguageTag("de-AT")));
    }

    @Test
    void aChosenLanguageIsKeptForTheNextStartAndWins() {
        LanguageChoice.in(dir.resolve("data")).choose(Optional.of(Locale.FRENCH));
        LanguageChoice next = LanguageChoice.in(dir.resolve("data"));
        assertEquals(Optional.of(Locale.FRENCH), next.chosen());
        assertEquals(Locale.FRENCH, next.speaking(Locale.US));
        assertEquals(Locale.CANADA_FRENCH, next.speaking(Locale.CANADA_FRENCH), "the same language keeps its region");
        next.choose(Optional.empty());
        assertEquals(Locale.US, LanguageChoice.in(dir.resolve("data")).speaking(Locale.US));
    }

    @Test
    void aFileWithALanguageNotOfferedIsNoChoice() throws Exception {
        Files.writeString(dir.resolve("language"), "tlh\n");
        assertEquals(Optional.empty(), LanguageChoice.in(dir).chosen());
    }

    @Test
    void typedLanguagesAreTheFourAndSystem() {
        assertEquals(Optional.of(Locale.GERMAN), LanguageChoice.typed(" DE "));
        assertEquals(Optional.empty(), LanguageChoice.typed("system"));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> LanguageChoice.typed("klingon"));
        assertEquals("\"klingon\" is not a language Referral Desk speaks; use system, en, de, fr or es.",
                refused.ownersMessage());
        assertEquals("Español", LanguageChoice.ownName(Locale.forLanguageTag("es")));
        assertEquals("Français", LanguageChoice.ownName(Locale.FRENCH));
    }
}
