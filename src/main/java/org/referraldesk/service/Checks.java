package org.referraldesk.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.referraldesk.domain.InvalidInput;

/** Checks on the owner's input that need the service's view of time or format. */
final class Checks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Checks() {
    }

    static String email(String field, String email) {
        String value = FieldLimits.line(field, email, FieldLimits.EMAIL, "label.email");
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new InvalidInput(field, "email.bad", value);
        }
        return value;
    }

    /**
     * Addresses from "a@x.example, b@y.example" (commas or semicolons): each checked as an email
     * address (the first bad one refuses all), each once whatever its case, in the order given.
     */
    static List<String> emails(String field, String commaSeparated) {
        List<String> emails = new ArrayList<>();
        for (String part : (commaSeparated == null ? "" : commaSeparated).split("[,;]")) {
            String email = part.isBlank() ? null : email(field, part.strip());
            if (email != null && emails.stream().noneMatch(email::equalsIgnoreCase)) {
                emails.add(email);
            }
        }
        return List.copyOf(emails);
    }

    static Instant notInFuture(String field, Instant at, Instant now, String what) {
        if (at.isAfter(now)) {
            throw new InvalidInput(field, "time.future", InvalidInput.label(what));
        }
        return at;
    }

    /** The earliest time the desk keeps: 1970-01-01 (UTC); a year 1 or 1900 is a typing slip. */
    static final Instant EARLIEST = Instant.EPOCH;

    /** A time that has happened: not in the future and not before {@link #EARLIEST}. */
    static Instant past(String field, Instant at, Instant now, String what) {
        return notTooEarly(field, notInFuture(field, at, now, what), what);
    }

    /** A time at most a day ahead of now (a touch logged for later today elsewhere), not before 1970. */
    static Instant atMostADayAhead(String field, Instant at, Instant now, String what) {
        if (at.isAfter(now.plus(Duration.ofDays(1)))) {
            throw new InvalidInput(field, "time.tooFarAhead", InvalidInput.label(what));
        }
        return notTooEarly(field, at, what);
    }

    static Instant notTooEarly(String field, Instant at, String what) {
        if (at.isBefore(EARLIEST)) {
            throw new InvalidInput(field, "time.tooEarly", InvalidInput.label(what));
        }
        return at;
    }

    static Instant notBefore(String field, Instant at, Instant start, String what) {
        if (at.isBefore(start)) {
            throw new InvalidInput(field, "time.beforeReferral", InvalidInput.label(what));
        }
        return at;
    }
}
