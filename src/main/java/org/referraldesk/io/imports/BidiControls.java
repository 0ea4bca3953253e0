package org.referraldesk.io.imports;

import java.util.regex.Pattern;

/**
 * Removes the bidirectional override, embedding and isolate controls (U+202A–U+202E,
 * U+2066–U+2069) from imported text: a U+202E can make "moc.liame@evil" read as a harmless name.
 * Right-to-left letters, marks (U+200E/U+200F) and emoji stay as they are.
 */
public final class BidiControls {
    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private BidiControls() {
    }

    public static String strip(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }
}
