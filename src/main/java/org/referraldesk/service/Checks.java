package org.referraldesk.service;

import java.time.Instant;
import java.util.regex.Pattern;
import org.referraldesk.domain.InvalidInput;

/** Checks on the owner's input that need the service's view of time or format. */
final class Checks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Checks() {
    }

    static String email(String field, String email) {
        String value = InvalidInput.optionalText(email);
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new InvalidInput(field, "email.bad", value);
        }
        return value;
    }

    static Instant notInFuture(String field, Instant at, Instant now, String what) {
        if (at.isAfter(now)) {
            throw new InvalidInput(field, "time.future", InvalidInput.label(what));
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
