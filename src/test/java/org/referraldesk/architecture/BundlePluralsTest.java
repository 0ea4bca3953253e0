package org.referraldesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text with arguments is an ICU MessageFormat pattern and every count in it goes through a
 * plural form, so "1 day overdue" and "2 days overdue" both read right, in English and later in
 * languages with more forms. The rule, for every message of every bundle under src/main/resources
 * (but app.properties, which holds the version Maven fills in):
 * <ol>
 * <li>no java.util.Formatter specifier (%s, %d, %,d): those cannot choose words by a number;</li>
 * <li>the message parses as an ICU pattern;</li>
 * <li>a top-level number argument is either a plural ({0, plural, one {# day} other {# days}};
 *     a count without a noun of its own is {0, plural, other {#}}) or names a number rather than
 *     counting ({0,number,#}: an id, a year, a line or page number); {0,number}, {0,number,integer}
 *     and choice are refused.</li>
 * </ol>
 * A number passed to a plain {0} is caught while the tests run: Wording asserts it.
 */
class BundlePluralsTest {
    /** The app's name and version, filled in by Maven: facts, not texts. */
    private static final Path APP_FACTS = Path.of("org/referraldesk/app/app.properties");
    private static final Pattern FORMATTER = Pattern.compile("%(\\d+\\$)?[-#+0,(]*\\d*(\\.\\d+)?[sdf]");

    @Test
    void everyCountInEveryBundleGoesThroughAPluralForm() throws IOException {
        List<String> refused = new ArrayList<>();
        int messages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.endsWith(APP_FACTS)).toList()) {
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    bundle.load(in);
                }
                for (String key : bundle.stringPropertyNames()) {
                    messages++;
                    String problem = problem(bundle.getProperty(key));
                    if (problem != null) {
                        refused.add(file.getFileName() + " " + key + ": " + problem);
                    }
                }
            }
        }
        assertTrue(messages > 500, "read only " + messages + " messages");
        assertEquals(List.of(), refused);
    }

    @Test
    void theRuleRefusesACountWithoutAPlural() {
        assertEquals("java.util.Formatter %d", problem("%d days overdue"));
        assertEquals("{0,number,integer} is a count without a plural", problem("{0,number,integer} days overdue"));
        assertEquals("choice instead of plural", problem("{0,choice,0#days|1#day|1<days}"));
        assertEquals(null, problem("{0, plural, one {# day overdue} other {# days overdue}}"));
        assertEquals(null, problem("Story {0,number,#} in Referral Desk"));
    }

    static String problem(String message) {
        if (FORMATTER.matcher(message).find()) {
            return "java.util.Formatter " + FORMATTER.matcher(message).results().findFirst().orElseThrow().group();
        }
        if (message.indexOf('{') < 0) {
            return null;
        }
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(message);
        } catch (IllegalArgumentException e) {
            return "not an ICU pattern: " + e.getMessage();
        }
        int depth = 0;
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                if (depth == 0 && part.getArgType() == MessagePattern.ArgType.CHOICE) {
                    return "choice instead of plural";
                }
                if (depth == 0 && part.getArgType() == MessagePattern.ArgType.SIMPLE) {
                    String type = pattern.getSubstring(pattern.getPart(i + 2));
                    MessagePattern.Part style = pattern.getPart(i + 3);
                    boolean named = style.getType() == MessagePattern.Part.Type.ARG_STYLE
                            && pattern.getSubstring(style).strip().equals("#");
                    if (type.equals("number") && !named) {
                        int end = pattern.getLimitPartIndex(i);
                        return message.substring(part.getIndex(), pattern.getPart(end).getLimit())
                                .replace(" ", "") + " is a count without a plural";
                    }
                }
                depth++;
            } else if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                depth--;
            }
        }
        return null;
    }
}
