package org.referraldesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message with placeholders such as {referrer} and {client}, filled in from a story. */
public record Template(TemplateKind kind, String subject, String body) {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("referrer", "client", "need", "onward", "business",
            "stage", "owner", "reason", "what_we_do");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    public Template {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        body = InvalidInput.requireText("body", body, "label.message");
    }

    /** Placeholders in the subject or body that no story can fill, e.g. a misspelt {refferer}. */
    public List<String> unknownPlaceholders() {
        return placeholdersIn(subject, body).stream().filter(name -> !PLACEHOLDERS.contains(name)).toList();
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

    public String fillSubject(Map<String, String> values) {
        return fill(subject, values);
    }

    public String fillBody(Map<String, String> values) {
        return fill(body, values);
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
