package org.referraldesk.io.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.referraldesk.domain.ImportField;

/**
 * Recognises web-form exports (Google Forms, Typeform, Jotform, WPForms and the like) by what their
 * column titles say: who it is about ("your", "referrer" against "client", "friend", "their") and
 * what it is (name, email, phone, need), plus the submission time ("Timestamp", "Submit Date",
 * "Submission Date", "Entry Date"). A file is recognised when both names are found.
 */
public final class FormHeaders {
    private static final List<String> CLIENT = List.of("client", "friend", "their", "referred person",
            "person you", "who are you referring", "referral name", "referral email", "referral phone", "customer");
    private static final List<String> REFERRER = List.of("your", "referrer", "referred by", "my ", "partner");
    private static final List<String> TIME = List.of("timestamp", "submit date", "submitted at", "submission date",
            "date submitted", "entry date", "date created", "created at", "submitted on", "date");
    private static final List<String> NEED = List.of("need", "help with", "service", "message", "details",
            "how can we help", "project", "request", "comments");

    private FormHeaders() {
    }

    public static Optional<Recognised> recognise(Table table) {
        ContactHeaders.Mapper mapper = new ContactHeaders.Mapper(table);
        for (String header : table.headers()) {
            field(header).filter(f -> !mapper.mapping.maps(f)).ifPresent(f -> mapper.add(f, header));
        }
        if (!mapper.mapping.maps(ImportField.REFERRER_NAME) || !mapper.mapping.maps(ImportField.CLIENT_NAME)) {
            return Optional.empty();
        }
        return Optional.of(new Recognised(tool(table.headers()), mapper.mapping));
    }

    /** What a column title most likely means, if anything. */
    static Optional<ImportField> field(String header) {
        String h = " " + header.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip() + " ";
        boolean email = h.contains("email") || h.contains("e-mail");
        boolean phone = h.contains("phone") || h.contains("mobile") || h.contains(" tel");
        boolean name = h.contains("name") && !email && !phone;
        boolean client = CLIENT.stream().anyMatch(h::contains);
        boolean referrer = !client && REFERRER.stream().anyMatch(h::contains);
        if (TIME.stream().anyMatch(h::contains) && !name && !email) {
            return Optional.of(ImportField.RECEIVED_AT);
        }
        if (name) {
            return client ? Optional.of(ImportField.CLIENT_NAME) : referrer ? Optional.of(ImportField.REFERRER_NAME)
                    : Optional.empty();
        }
        if (email) {
            return client ? Optional.of(ImportField.CLIENT_EMAIL) : referrer ? Optional.of(ImportField.REFERRER_EMAIL)
                    : Optional.empty();
        }
        if (phone) {
            return client || !referrer ? Optional.of(ImportField.CLIENT_PHONE) : Optional.empty();
        }
        return NEED.stream().anyMatch(h::contains) ? Optional.of(ImportField.NEED) : Optional.empty();
    }

    private static String tool(List<String> headers) {
        String first = headers.isEmpty() ? "" : headers.get(0).toLowerCase(Locale.ROOT);
        List<String> all = headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (first.equals("timestamp")) {
            return org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("form.googleForms");
        }
        if (all.stream().anyMatch(h -> h.startsWith("submit date"))) {
            return org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("form.typeform");
        }
        if (all.contains("submission date")) {
            return org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("form.jotform");
        }
        if (all.contains("entry date") || all.contains("date created")) {
            return org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("form.wpforms");
        }
        return org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("form.webForm");
    }
}
