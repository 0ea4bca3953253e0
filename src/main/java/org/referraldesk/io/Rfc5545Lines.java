package org.referraldesk.io;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 content lines: each ends with CRLF, and a line longer than 75 octets is folded onto
 * continuation lines that begin with one space. Folding counts UTF-8 octets, not characters, and
 * never splits a character (so "é" or "🎉" stay whole).
 */
final class Rfc5545Lines {
    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";

    private Rfc5545Lines() {
    }

    /** Re-folds unfolded text (lines separated by CRLF or LF) by octets, every line ending with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r?\n")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = utf8Size(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    static int utf8Size(int codePoint) {
        return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
    }
}
