package org.referraldesk.domain;

import java.util.regex.Pattern;

/**
 * Tidies a filled message where something was left out (marked by {@link #GAP}): a line the gap
 * leaves empty goes, and so do the spaces it would leave doubled, before punctuation, or at the start
 * or end of a line. Text away from a gap stays exactly as written.
 */
final class Gaps {
    static final char GAP = '\u0000';
    private static final Pattern EMPTY_LINE = Pattern.compile("\\R[ \\t]*\\x00[ \\t\\x00]*(\\R(?=\\R))?(?=\\R|\\z)");
    private static final Pattern EMPTY_FIRST_LINE = Pattern.compile("\\A[ \\t]*\\x00[ \\t\\x00]*(\\R|\\z)");
    private static final Pattern BEFORE_PUNCTUATION = Pattern.compile("[ \\t]*\\x00[ \\t\\x00]*(?=[,.;:!?)])");
    private static final Pattern LINE_START = Pattern.compile("(?m)^[ \\t]*\\x00[ \\t\\x00]*");
    private static final Pattern LINE_END = Pattern.compile("(?m)[ \\t\\x00]*\\x00[ \\t\\x00]*$");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t]*\\x00[ \\t\\x00]*");

    private Gaps() {
    }

    static String tidy(String text) {
        String out = EMPTY_FIRST_LINE.matcher(text).replaceAll("");
        out = EMPTY_LINE.matcher(out).replaceAll("");
        out = BEFORE_PUNCTUATION.matcher(out).replaceAll("");
        out = LINE_START.matcher(out).replaceAll("");
        out = LINE_END.matcher(out).replaceAll("");
        return BETWEEN_WORDS.matcher(out).replaceAll(gap -> gap.group().contains(" ") || gap.group().contains("\t") ? " " : "");
    }
}
