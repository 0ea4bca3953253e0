package org.referraldesk.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the owner typed in a search box, folded the way every search of the desk matches text: case
 * and accents do not count ("lefevre" finds "Lefèvre", "zoe" finds "Zoë"), and each word typed must
 * occur somewhere in what is searched ("ann kel" finds "Anna Keller"). Text without case (Hebrew,
 * Arabic) and emoji match as they are. {@link #fold} is the one folding function: the searched text
 * goes through it too.
 */
public record SearchKey(List<String> words) {

    public SearchKey {
        words = List.copyOf(words);
    }

    /** The words of {@code typed}, folded; none for null or blank. */
    public static SearchKey of(String typed) {
        List<String> words = new ArrayList<>();
        for (String word : fold(typed).split("[\\s\\p{Z}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new SearchKey(words);
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
