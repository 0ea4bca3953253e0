package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Typed and imported text loses its control and bidi override characters; letters, marks and emoji stay. */
class CleanTextTest {

    @Test
    void bidiControlsGoAndRightToLeftTextAndEmojiStay() {
        assertEquals("abc exe.live שלום 🌻\u200F", CleanText.line("abc \u202Eexe.live\u202C \u2067שלום\u2069 🌻\u200F"));
    }

    @Test
    void aSingleLineLosesEscapesAndC1ControlsAndItsBreaksBecomeSpaces() {
        assertEquals("Anna Keller[31mred", CleanText.line("Anna\r\nKeller\u001b[31mred\u0085\u0000\u007f"));
        assertEquals("a b", CleanText.line("a\tb"));
    }

    @Test
    void textOfSeveralLinesKeepsItsBreaksAndTabsButNoOtherControl() {
        assertEquals("Line one\r\n\tLine two\nthree", CleanText.lines("Line one\r\n\tLine\u001b two\u202E\nthree"));
    }

    @Test
    void plainTextAndNullAreLeftAsTheyAre() {
        assertEquals("Zoë Ünal 🌻", CleanText.line("Zoë Ünal 🌻"));
        assertNull(CleanText.lines(null));
    }
}
