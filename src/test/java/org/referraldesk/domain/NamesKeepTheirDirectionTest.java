package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A right-to-left name inside an English sentence is an isolate of its own (ADR 0022). */
class NamesKeepTheirDirectionTest {
    private static final String KARIM = "\u0643\u0631\u064a\u0645 \u0646\u0627\u0635\u0631";
    private static final String NOA = "\u05e0\u05d5\u05e2\u05d4 \u05dc\u05d5\u05d9";
    private final Wording wording = new Wording(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"story", "{0}\u2019s story"}, {"count", "{0}: {1, plural, one {# story} other {# stories}}"}};
        }
    }, Locale.UK);

    @Test
    void anArabicNameIsIsolatedSoTheApostropheStaysAfterIt() {
        assertEquals("\u2068" + KARIM + "\u2069\u2019s story", wording.format("story", KARIM));
    }

    @Test
    void aHebrewNameIsIsolatedNextToACount() {
        assertEquals("\u2068" + NOA + "\u2069: 2 stories", wording.format("count", NOA, 2));
    }

    @Test
    void aLatinNameWithAccentsOrAnEmojiStaysByteForByteAsItWas() {
        assertEquals("Zo\u00eb Lef\u00e8vre\u2019s story", wording.format("story", "Zo\u00eb Lef\u00e8vre"));
        assertEquals("Benny Okoro \ud83c\udf89\u2019s story", wording.format("story", "Benny Okoro \ud83c\udf89"));
    }

    @Test
    void aMixedNameIsIsolatedWhole() {
        String mixed = "Salma " + "\u0633\u0644\u0645\u0649";
        assertTrue(wording.format("story", mixed).startsWith("\u2068Salma "));
    }
}
