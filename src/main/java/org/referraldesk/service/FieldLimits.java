package org.referraldesk.service;

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
            throw new InvalidInput(what, "import.tooLong", InvalidInput.label(labelKey(what)),
                    value.length(), limit);
        }
        return value;
    }

    /** The refusals' label of a field: "referrer's name" is field.referrerName. */
    private static String labelKey(String what) {
        String[] words = what.replace("'s ", " ").split(" ");
        StringBuilder key = new StringBuilder("field.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
