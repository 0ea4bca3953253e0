package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchKeyTest {

    private static boolean finds(String typed, String text) {
        return SearchKey.of(typed).foundIn(SearchKey.fold(text));
    }

    @Test
    void caseAndAccentsDoNotCount() {
        assertTrue(finds("lefevre", "Zoë Lefèvre"));
        assertTrue(finds("zoe", "Zoë Lefèvre"));
        assertTrue(finds("jurgen", "Jürgen Vogel"));
        assertTrue(finds("LEFÈVRE", "zoe lefevre"));
        assertTrue(finds("angstrom", "Ångström Ltd"));
        assertEquals("zoe lefevre", SearchKey.fold("ZOË LEFÈVRE"));
    }

    @Test
    void aLetterWrittenWithAJoinedAccentMatchesTheSameLetterWrittenInOne() {
        assertEquals(SearchKey.fold("Lef\u00e8vre"), SearchKey.fold("Lefe\u0300vre"));
        assertTrue(finds("Lefe\u0300vre", "Lef\u00e8vre"));
    }

    @Test
    void compatibilityFormsMatchTheirPlainLetters() {
        assertTrue(finds("smith", "\uff33\uff4d\uff49\uff54\uff48"), "full-width letters");
        assertTrue(finds("office", "The o\ufb03ce move"), "a ligature");
    }

    @Test
    void everyWordTypedMustOccurSomewhere() {
        assertTrue(finds("ann kel", "Anna Keller"));
        assertTrue(finds("  keller   anna ", "Anna Keller"));
        assertFalse(finds("ann kel", "Anna Smith"));
        assertTrue(finds("boil", "A new boiler"), "a word may occur inside another");
    }

    @Test
    void hebrewAndArabicHaveNoCaseAndTheirVowelMarksDoNotCount() {
        assertTrue(finds("דוד", "דוד לוי"));
        assertTrue(finds("שלום", "שָׁלוֹם כהן"));
        assertTrue(finds("محمد", "مُحَمَّد حداد"));
        assertTrue(finds("حداد", "محمد حداد"));
        assertFalse(finds("לוי", "محمد حداد"));
    }

    @Test
    void emojiAreMatchedAsTheyAre() {
        assertTrue(finds("🎉", "Party 🎉 planners"));
        assertTrue(finds("👍🏽", "Great job 👍🏽"));
        assertTrue(finds("party", "Party 🎉 planners"));
        assertFalse(finds("🎂", "Party 🎉 planners"));
        assertEquals("party 🎉", SearchKey.fold("PARTY 🎉"));
    }

    @Test
    void nothingTypedButSpacesIsNoSearch() {
        assertTrue(SearchKey.of("   ").isEmpty());
        assertTrue(SearchKey.of(null).isEmpty());
        assertEquals("", SearchKey.fold(null));
        assertEquals(List.of("ann", "kel"), SearchKey.of("Ann\u00a0KEL").words());
    }

    @Test
    void phoneDigitsAreFoundHoweverTheNumberWasWritten() {
        String phone = SearchKey.digitsOf("+44 20 7946 0111");
        assertEquals("442079460111", phone);
        assertTrue(SearchKey.of("7946").foundInPhone(phone));
        assertTrue(SearchKey.of("7946 0111").foundInPhone(phone), "spaces typed do not count");
        assertTrue(SearchKey.of("0044-20-7946").foundInPhone(phone), "a leading 00 is the same as +");
        assertTrue(SearchKey.of("(20) 7946").foundInPhone(phone));
        assertFalse(SearchKey.of("7947").foundInPhone(phone));
        assertFalse(SearchKey.of("12").foundInPhone(SearchKey.digitsOf("+49 12 345")), "two digits are no phone number");
        assertFalse(SearchKey.of("flat 79").foundInPhone(SearchKey.digitsOf("079")), "words with digits are words");
        assertFalse(SearchKey.of("7946").foundInPhone(SearchKey.digitsOf(null)));
    }

    @Test
    void wordPrefixesRankAboveMatchesInsideWords() {
        SearchKey key = SearchKey.of("ann kel");
        assertEquals(SearchKey.TEXT_START, key.rank(SearchKey.fold("Anna Keller")));
        assertEquals(SearchKey.WORD_STARTS, key.rank(SearchKey.fold("Dr Anna Keller")));
        assertEquals(SearchKey.INSIDE, key.rank(SearchKey.fold("Joanna Kelly")), "\"ann\" is inside Joanna");
        assertEquals(SearchKey.NO_MATCH, key.rank(SearchKey.fold("Anna Smith")));
        assertEquals(SearchKey.WORD_STARTS, SearchKey.of("fev").rank(SearchKey.fold("Zoë Le-Fèvre")),
                "a hyphen starts a word");
        assertEquals(SearchKey.WORD_STARTS, SearchKey.of("lev").rank(SearchKey.fold("Lena Lev Levi")),
                "any occurrence that starts a word counts");
    }

    @Test
    void hebrewArabicAndEmojiRankByWordStartsToo() {
        assertEquals(SearchKey.WORD_STARTS, SearchKey.of("לוי").rank(SearchKey.fold("דוד לוי")));
        assertEquals(SearchKey.TEXT_START, SearchKey.of("محمد").rank(SearchKey.fold("مُحَمَّد حداد")));
        assertEquals(SearchKey.WORD_STARTS, SearchKey.of("🎉").rank(SearchKey.fold("Party 🎉 planners")));
        assertEquals(SearchKey.TEXT_START, SearchKey.of("☀️").rank(SearchKey.fold("☀ Sunny Roofs")),
                "an emoji's variation selector does not count");
    }
}
