package org.referraldesk.testing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pseudo language en-XA, made from the English bundles while the tests run (no file of it is
 * written by hand or shipped): every text about 40 % longer and accented, "[Šåvé ·····]", with its
 * ICU syntax, {arguments}, # and quotes kept, so a window in it shows what a longer language would clip.
 */
public final class PseudoBundles {
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");
    /** Date and time patterns are no words: DateTimeFormatter reads their letters. */
    private static final Pattern NOT_WORDS = Pattern.compile("format\\..*|date");
    private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");
    private static final String PLAIN = "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ";
    private static final String ACCENTED = "åƀçđéĝĥîķļñöŕšţûýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ";

    private PseudoBundles() {
    }

    /** Writes messages_en_XA.properties beside every English bundle on the test class path, once; returns en-XA. */
    public static synchronized Locale install() {
        Path classes = folderOf(org.referraldesk.domain.Wording.class);
        Path testClasses = folderOf(PseudoBundles.class);
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path base : files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !TRANSLATION.matcher(f.getFileName().toString()).matches()).toList()) {
                Properties english = new Properties();
                try (Reader in = new InputStreamReader(Files.newInputStream(base), StandardCharsets.UTF_8)) {
                    english.load(in);
                }
                Properties pseudo = new Properties();
                english.stringPropertyNames().forEach(key -> pseudo.setProperty(key,
                        NOT_WORDS.matcher(key).matches() ? english.getProperty(key) : of(english.getProperty(key))));
                Path target = testClasses.resolve(classes.relativize(base).toString()
                        .replaceAll("\\.properties$", "_en_XA.properties"));
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    pseudo.store(out, "made by PseudoBundles from the English bundle; not a translation");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundle.clearCache();
        return PSEUDO;
    }

    /** "[Šåvé ·····]": {@code text} accented, bracketed and padded to about 140 %, its ICU syntax intact. */
    public static String of(String text) {
        if (text.isBlank()) {
            return text;
        }
        StringBuilder out = new StringBuilder("[");
        written = 0;
        message(text, 0, out, false);
        int letters = written;
        out.append(' ').append("·".repeat(Math.max(1, (int) Math.ceil(letters * 0.4) - 2))).append(']');
        return out.toString();
    }

    /** Copies a message from {@code start} up to its closing brace (or the end), accenting its words; returns letters seen. */
    private static int message(String text, int start, StringBuilder out, boolean nested) {
        int letters = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = quoted(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == '{') {
                i = argument(text, i, out);
            } else if (c == '}' && nested) {
                break;
            } else {
                int k = PLAIN.indexOf(c);
                out.append(k >= 0 ? ACCENTED.charAt(k) : c);
                letters++;
                written++;
                i++;
            }
        }
        last = i;
        return letters;
    }

    private static int last;
    /** The words' characters copied so far, at every depth (plural forms too): what the padding grows by. */
    private static int written;

    /** Past an apostrophe: '' is one, '{...}' quotes up to the next apostrophe, else it is a plain apostrophe. */
    private static int quoted(String text, int i) {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return i + 2;
        }
        if (i + 1 < text.length() && "{}#|".indexOf(text.charAt(i + 1)) >= 0) {
            int close = text.indexOf('\'', i + 1);
            return close < 0 ? text.length() : close + 1;
        }
        return i + 1;
    }

    /** {0}, {0,number,#}, {name}: copied; {0, plural|select|selectordinal, key {msg} ...}: each msg accented. */
    private static int argument(String text, int open, StringBuilder out) {
        int close = simpleEnd(text, open);
        String head = text.substring(open, close < 0 ? text.length() : close);
        List<String> parts = List.of(head.split(",", 3));
        String type = parts.size() > 1 ? parts.get(1).strip() : "";
        if (!(type.equals("plural") || type.equals("select") || type.equals("selectordinal"))) {
            int end = matching(text, open);
            out.append(text, open, end + 1);
            return end + 1;
        }
        int i = text.indexOf(type, open) + type.length();
        i = text.indexOf(',', i) + 1;
        out.append(text, open, i);
        while (i < text.length() && text.charAt(i) != '}') {
            char c = text.charAt(i);
            if (c == '{') {
                out.append('{');
                message(text, i + 1, out, true);
                out.append('}');
                i = last + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        out.append('}');
        return i + 1;
    }

    private static int simpleEnd(String text, int open) {
        int brace = text.indexOf('{', open + 1);
        int close = text.indexOf('}', open + 1);
        return brace >= 0 && brace < close ? brace : close;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static Path folderOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
