package org.referraldesk.domain;

/**
 * The one cleaner of typed and imported text. Control characters (C0, DEL, C1, ESC among them) and
 * the bidirectional override, embedding and isolate controls (U+202A–U+202E, U+2066–U+2069) go: a
 * U+202E can make "moc.liame@evil" read as a harmless name, an ESC can colour a terminal. A single
 * line (a name, an email) turns line breaks and tabs into spaces; a text of several lines (a need,
 * notes) keeps its line breaks ("\n", "\r\n", "\r") and tabs. Right-to-left letters, the marks U+200E/U+200F and
 * emoji stay as they are.
 */
public final class CleanText {
    private CleanText() {
    }

    /** {@code text} as one line: breaks and tabs become spaces, every other control goes; null stays null. */
    public static String line(String text) {
        return clean(text, false);
    }

    /** {@code text} keeping its line breaks and tabs; every other control goes. */
    public static String lines(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean multiLine) {
        if (text == null || !needsCleaning(text)) {
            return text;
        }
        String breaks = multiLine ? text : text.replace("\r\n", "\n");
        StringBuilder clean = new StringBuilder(breaks.length());
        breaks.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                clean.appendCodePoint(multiLine ? cp : ' ');
            } else if (!removed(cp)) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString();
    }

    private static boolean needsCleaning(String text) {
        return text.codePoints().anyMatch(cp -> removed(cp) || cp == '\t' || cp == 0x2028 || cp == 0x2029);
    }

    private static boolean removed(int cp) {
        return Character.getType(cp) == Character.CONTROL || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
