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
            throw new InvalidInput(field, "\"" + value + "\" is not an email address such as name@example.com.");
        }
        return value;
    }

    static Instant notInFuture(String field, Instant at, Instant now, String what) {
        if (at.isAfter(now)) {
            throw new InvalidInput(field, what + " cannot be in the future.");
        }
        return at;
    }

    static Instant notBefore(String field, Instant at, Instant start, String what) {
        if (at.isBefore(start)) {
            throw new InvalidInput(field, what + " cannot be before the referral arrived.");
        }
        return at;
    }
}
