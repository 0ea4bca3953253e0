package org.referraldesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle speaks every language whole (ADR 0019): for each English base bundle under
 * src/main/resources (but app.properties: the version Maven fills in) and each of German, French
 * and Spanish, the translation file exists, has every key English has and none it lacks, and each
 * text has the same arguments as the English one (the same numbers or names, each as plural,
 * select or plain), so no {0} is lost and no plural turns into a plain number. The default
 * templates are no ICU patterns: their {placeholders} must be the English ones.
 * One failure lists every problem of every file.
 */
class BundlesAreCompleteTest {
    static final List<String> LANGUAGES = List.of("de", "fr", "es");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path APP_FACTS = Path.of("org/referraldesk/app/app.properties");
    /** Texts used as written, with {placeholders} of their own (service/DefaultTemplates). */
    private static final Set<String> AS_WRITTEN = Set.of("org/referraldesk/service/default-templates");
    private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    @Test
    void everyTranslationHasEveryKeyOfEnglishAndTheSameArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bases;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            bases = files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !TRANSLATION.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !RESOURCES.relativize(f).equals(APP_FACTS)).sorted().toList();
        }
        assertTrue(bases.size() > 25, "found only " + bases.size() + " English bundles");
        for (Path base : bases) {
            String name = RESOURCES.relativize(base).toString().replace('\\', '/').replaceAll("\\.properties$", "");
            Properties english = read(base);
            for (String language : LANGUAGES) {
                Path translated = base.resolveSibling(base.getFileName().toString()
                        .replaceAll("\\.properties$", "_" + language + ".properties"));
                problems.addAll(problems(name, english, language,
                        Files.isRegularFile(translated) ? read(translated) : null, AS_WRITTEN.contains(name)));
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " problems in the translations:\n"
                + String.join("\n", problems));
    }

    /** The rule caught a planted leak: a missing key, an extra key, a lost argument, a missing file. */
    @Test
    void theRuleCatchesAMissingKeyAnExtraKeyALostArgumentAndAMissingFile() {
        Properties english = new Properties();
        english.setProperty("due.days", "{0, plural, one {# day} other {# days}} overdue");
        english.setProperty("hello", "Hello {0}");
        english.setProperty("bye", "Bye");
        Properties german = new Properties();
        german.setProperty("due.days", "{0,number,#} Tage überfällig");
        german.setProperty("hello", "Hallo");
        german.setProperty("extra", "Nur auf Deutsch");
        assertEquals(List.of("x/messages_de: lacks bye",
                "x/messages_de: has extra, which English lacks",
                "x/messages_de: due.days has arguments [0:SIMPLE], English [0:PLURAL]",
                "x/messages_de: hello has arguments [], English [0:NONE]"),
                problems("x/messages", english, "de", german, false));
        assertEquals(List.of("x/messages_fr: the file is missing (3 keys)"), problems("x/messages", english, "fr", null, false));
        Properties template = new Properties();
        template.setProperty("A.body", "Hi {referrer}, l'{client}");
        Properties french = new Properties();
        french.setProperty("A.body", "Bonjour {referrer}, l'{cliente}");
        assertEquals(List.of("x/t_fr: A.body has arguments [cliente, referrer], English [client, referrer]"),
                problems("x/t", template, "fr", french, true));
    }

    static List<String> problems(String name, Properties english, String language, Properties translation,
            boolean asWritten) {
        String file = name + "_" + language;
        if (translation == null) {
            return List.of(file + ": the file is missing (" + english.size() + " keys)");
        }
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (!translation.containsKey(key)) {
                problems.add(file + ": lacks " + key);
            }
        }
        for (String key : new TreeSet<>(translation.stringPropertyNames())) {
            if (!english.containsKey(key)) {
                problems.add(file + ": has " + key + ", which English lacks");
            }
        }
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (translation.containsKey(key)) {
                Object wanted = arguments(english.getProperty(key), asWritten);
                Object found = arguments(translation.getProperty(key), asWritten);
                if (!wanted.equals(found)) {
                    problems.add(file + ": " + key + " has arguments " + found + ", English " + wanted);
                }
            }
        }
        return problems;
    }

    /** "0:PLURAL", "1:NONE" for each ICU argument (at any depth); a template's {placeholder} names. */
    static Object arguments(String text, boolean asWritten) {
        if (asWritten) {
            Set<String> names = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
        Set<String> arguments = new TreeSet<>();
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            return "not an ICU pattern (" + e.getMessage() + ")";
        }
        for (int i = 0; i < pattern.countParts() - 1; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                arguments.add(pattern.getSubstring(pattern.getPart(i + 1)) + ":" + part.getArgType());
            }
        }
        return arguments;
    }

    private static Properties read(Path file) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
