package org.referraldesk.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the owner typed in a search box, folded the way every search of the desk matches text: case
 * and accents do not count ("lefevre" finds "Lefèvre", "zoe" finds "Zoë"), and each word typed must
 * occur somewhere in what is searched ("ann kel" finds "Anna Keller"). Text without case (Hebrew,
 * Arabic) and emoji match as they are; digits typed as a phone number match a phone however it was
 * written ({@link #digitsOf}). {@link #fold} is the one folding function: the searched text
 * goes through it too.
 */
public record SearchKey(List<String> words, String digits) {
    /** Fewer digits than this typed are not read as part of a phone number ("12" is a house number). */
    private static final int PHONE_DIGITS = 3;

    /** How well a text matched: not at all, somewhere inside words, at the start of every word typed, or from its first letter. */
    public static final int NO_MATCH = 0;
    public static final int INSIDE = 1;
    public static final int WORD_STARTS = 2;
    public static final int TEXT_START = 3;

    public SearchKey {
        words = List.copyOf(words);
    }

    public SearchKey(List<String> words) {
        this(words, null);
    }

    /** The words of {@code typed}, folded; none for null or blank. */
    public static SearchKey of(String typed) {
        List<String> words = new ArrayList<>();
        for (String word : fold(typed).split("[\\s\\p{Z}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new SearchKey(words, typedDigits(typed));
    }

    /**
     * A phone number's digits as search compares them: every other sign dropped, and a leading 00
     * (the international prefix) too, so "+44 20 7946 0111" and "0044 20 7946 0111" are both
     * "442079460111". "" for null.
     */
    public static String digitsOf(String phone) {
        if (phone == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) == '0'
                ? digits.substring(2) : digits.toString();
    }

    /** The digits typed when what was typed reads as (part of) a phone number: digits, spaces and + - ( ) . / only. */
    private static String typedDigits(String typed) {
        if (typed == null) {
            return null;
        }
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!(c >= '0' && c <= '9') && " +-()./\u00a0".indexOf(c) < 0) {
                return null;
            }
        }
        String digits = digitsOf(typed);
        return digits.length() >= PHONE_DIGITS ? digits : null;
    }

    /** Whether what was typed reads as a phone number whose digits occur in {@code phoneDigits} (from {@link #digitsOf}). */
    public boolean foundInPhone(String phoneDigits) {
        return digits != null && !phoneDigits.isEmpty() && phoneDigits.contains(digits);
    }

    /**
     * How well {@code folded} (text passed through {@link #fold}) matches: {@link #NO_MATCH} unless
     * every word occurs; {@link #TEXT_START} when every word starts a word of the text and the first
     * starts the text itself ("ann" in "Anna Keller"); {@link #WORD_STARTS} when every word starts a
     * word ("kel" in "Anna Keller"); else {@link #INSIDE} ("nna"). Better matches are listed first.
     */
    public int rank(String folded) {
        boolean wordStarts = true;
        boolean textStart = false;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int at = folded.indexOf(word);
            if (at < 0) {
                return NO_MATCH;
            }
            textStart |= w == 0 && at == 0;
            wordStarts &= startsAWord(folded, word, at);
        }
        return !wordStarts ? INSIDE : textStart ? TEXT_START : WORD_STARTS;
    }

    /** What a person is found by, folded: their name, company and email ("" for a missing part). */
    public static String personText(String name, String company, String email) {
        String folded = fold(name);
        return company == null && email == null ? folded : folded + " " + fold(company) + " " + fold(email);
    }

    /**
     * How well a person matches ({@link #rank}) by {@code personText} (from {@link #personText}), or
     * as well as a word start when the digits typed occur in their phone's ({@code phoneDigits}, from
     * {@link #digitsOf}).
     */
    public int rankPerson(String personText, String phoneDigits) {
        int rank = words.isEmpty() ? NO_MATCH : rank(personText);
        return rank < WORD_STARTS && foundInPhone(phoneDigits) ? WORD_STARTS : rank;
    }

    private static boolean startsAWord(String folded, String word, int first) {
        for (int at = first; at >= 0; at = folded.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(folded.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} in lower case with its diacritics removed (Unicode NFKD, combining marks dropped); "" for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (plainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String split = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(split.length());
        for (int i = 0; i < split.length(); ) {
            int codePoint = split.codePointAt(i);
            if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** True when nothing was typed but spaces. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every word occurs in {@code folded} (text already passed through {@link #fold}). */
    public boolean foundIn(String folded) {
        for (String word : words) {
            if (!folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
