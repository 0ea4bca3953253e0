package org.referraldesk.service;

import java.util.Locale;
import org.referraldesk.domain.InvalidInput;

/** The longest text each imported field may hold (the database's column sizes). */
final class FieldLimits {
    static final int NAME = 200;
    static final int COMPANY = 200;
    static final int EMAIL = 320;
    static final int PHONE = 60;
    static final int ADDRESS = 1000;
    static final int NOTES = 4000;
    static final int NEED = 2000;

    private FieldLimits() {
    }

    /** {@code value} (null when blank), refused when longer than {@code limit} characters. */
    static String check(String what, String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > limit) {
            throw new InvalidInput(what, String.format(Locale.ROOT, "The %s is %,d characters long; at most %,d fit.",
                    what, value.length(), limit));
        }
        return value;
    }
}
