package org.referraldesk.ui.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Heroes axis keeps room for the bars: a long name is cut with an ellipsis (ADR 0022). */
class HeroNamesOnTheAxisTest {
    private static final String LONG = "Maximiliane Alexandra Theodora von Hohenberg-Schwarzenfeld zu Lichtenstein-Amsel";

    @Test
    void aShortNameStaysWhole() {
        assertEquals("Junior Alvarez", BoardCharts.shortened("Junior Alvarez"));
        assertEquals("Priya Natarajan-Whitaker", BoardCharts.shortened("Priya Natarajan-Whitaker"));
    }

    @Test
    void aLongNameIsCutWithAnEllipsis() {
        String cut = BoardCharts.shortened(LONG);
        assertEquals("Maximiliane Alexandra T\u2026", cut);
        assertTrue(cut.codePointCount(0, cut.length()) <= BoardCharts.AXIS_NAME);
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String cut = BoardCharts.shortened("Benny Okoro \ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89"
                + "\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89");
        assertTrue(cut.endsWith("\ud83c\udf89\u2026"), cut);
    }
}
