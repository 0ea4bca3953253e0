package org.referraldesk.domain;

/** Who sends the messages: the business's name ({business}) and the owner's own ({owner}). */
public record OwnerNames(String business, String owner) {
    public static final int MAX_LENGTH = 200;

    public OwnerNames {
        business = checked("business", business, "Your business's name");
        owner = checked("owner", owner, "Your name");
    }

    /** Until the owner says otherwise, messages read "our business" and are signed "me". */
    public static OwnerNames defaults() {
        return new OwnerNames("our business", "me");
    }

    private static String checked(String field, String value, String label) {
        String text = InvalidInput.requireText(field, value, label);
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput(field, label + " must be at most " + MAX_LENGTH + " characters.");
        }
        return text;
    }
}
