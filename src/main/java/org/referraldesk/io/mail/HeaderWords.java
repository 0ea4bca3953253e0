package org.referraldesk.io.mail;

import java.util.regex.Pattern;

/** Small readings of header values: a subject without "Re:"/"Fwd:", a bare Message-ID, a bare name. */
final class HeaderWords {
    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*((re|fw|fwd|aw|wg|tr|rv|r)\\s*(\\[\\d+])?\\s*:\\s*)+");

    private HeaderWords() {
    }

    /** "Re: Fwd: Intro: Anna, meet Ben" reads "Intro: Anna, meet Ben". */
    static String withoutPrefixes(String subject) {
        return subject == null ? null : PREFIX.matcher(subject.replace("\u0000", "")).replaceFirst("").strip();
    }

    /** "&lt;abc@host&gt;" reads "abc@host"; null or blank reads null. */
    static String bareId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return null;
        }
        String id = messageId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.isBlank() ? null : id.strip();
    }

    /** A display name some clients leave in quotes ("'Ben Okafor'") reads without them. */
    static String unquoted(String name) {
        String text = name.strip();
        while (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
                || text.startsWith("\"") && text.endsWith("\""))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Whether a NUL byte stands before the first blank line: then this is no email saved as text. */
    static boolean nulInHeader(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
            if (bytes[i] == '\n' && (i + 1 < bytes.length && bytes[i + 1] == '\n'
                    || i + 2 < bytes.length && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')) {
                return false;
            }
        }
        return false;
    }

    /** {@code text} cut to {@code longest} characters (ending in "…"), never inside a surrogate pair. */
    static String capped(String text, int longest) {
        if (text == null || text.length() <= longest) {
            return text;
        }
        int end = longest - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }
}
