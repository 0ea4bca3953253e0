package org.referraldesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with placeholders such as {referrer} and {client}, filled in from a story. A phrase in
 * double brackets, {@code [[ about {need}]]}, is optional: it is shown (without the brackets) only
 * when every placeholder in it has a value, and vanishes otherwise. A known placeholder outside such
 * a phrase that has no value is left out too; the spaces, punctuation and line it leaves behind are
 * tidied, so no brace and no doubled space reaches a message. A placeholder no story can fill (a
 * misspelt {refferer}) stays as typed and is flagged ({@link #unknownPlaceholders()}).
 */
public record Template(TemplateKind kind, String subject, String body) {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("referrer", "client", "need", "onward", "business",
            "stage", "owner", "reason", "what_we_do", "referrer_first", "client_first", "cc", "subject");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);
    private static final Pattern PHRASE_OR_PLACEHOLDER = Pattern.compile(OPTIONAL.pattern() + "|" + PLACEHOLDER.pattern(),
            Pattern.DOTALL);
    /** Marks where something was left out, until the text around it is tidied. */
    private static final char GAP = Gaps.GAP;

    public Template {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        body = InvalidInput.requireText("body", body, "label.message");
    }

    /** Placeholders in the subject or body that no story can fill, e.g. a misspelt {refferer}. */
    public List<String> unknownPlaceholders() {
        return placeholdersIn(subject, body).stream().filter(name -> !PLACEHOLDERS.contains(name)).toList();
    }

    /** Whether the subject or body opens an optional phrase with "[[" and never closes it, or closes one never opened. */
    public boolean hasUnclosedPhrase() {
        return unclosed(subject) || unclosed(body);
    }

    private static boolean unclosed(String text) {
        String rest = OPTIONAL.matcher(text).replaceAll("");
        return rest.contains("[[") || rest.contains("]]");
    }

    /** Every placeholder name written in {@code texts} ("{client}" gives "client"), once each, in order. */
    public static List<String> placeholdersIn(String... texts) {
        Set<String> names = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Known placeholders outside optional phrases that {@code values} has nothing for: the message
     * leaves them out, and the owner may want to read it before sending.
     */
    public List<String> leftOut(Map<String, String> values) {
        String required = OPTIONAL.matcher(subject + "\n" + body).replaceAll("");
        return placeholdersIn(required).stream().filter(PLACEHOLDERS::contains).filter(name -> blank(values.get(name)))
                .toList();
    }

    public String fillSubject(Map<String, String> values) {
        return fill(subject, values);
    }

    public String fillBody(Map<String, String> values) {
        return fill(body, values);
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PHRASE_OR_PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String phrase = m.group(1);
            String replacement;
            if (phrase == null) {
                replacement = valueOf(m.group(2), m.group(), values);
                if (text.startsWith(".", m.end()) && replacement.endsWith(".")) {
                    replacement = replacement.substring(0, replacement.length() - 1);
                }
            } else if (placeholdersIn(phrase).stream().allMatch(name -> !blank(values.get(name)))) {
                replacement = placeholders(phrase, values);
            } else {
                replacement = String.valueOf(GAP);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String filled = out.toString();
        return filled.indexOf(GAP) < 0 ? filled : Gaps.tidy(filled);
    }

    private static String placeholders(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = valueOf(m.group(1), m.group(), values);
            if (text.startsWith(".", m.end()) && value.endsWith(".")) {
                value = value.substring(0, value.length() - 1); // "{need}." with a need that ends in a full stop
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A placeholder's value; a gap for a known one without a value; an unknown one as typed. */
    private static String valueOf(String name, String typed, Map<String, String> values) {
        String value = values.get(name);
        if (!blank(value)) {
            return value.replace(GAP, ' ');
        }
        return PLACEHOLDERS.contains(name) ? String.valueOf(GAP) : typed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
