package org.referraldesk.domain;

/** Input the owner can fix: the message is shown as is, on the field, in a dialog or on stderr. */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInput(String message) {
        this(null, message);
    }

    /** The input field the message belongs to, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    public static String requireText(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, label + " must not be blank.");
        }
        return value.strip();
    }

    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
