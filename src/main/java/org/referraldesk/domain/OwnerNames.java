package org.referraldesk.domain;

/** Who sends the messages: the business's name ({business}) and the owner's own ({owner}). */
public record OwnerNames(String business, String owner) {
    public static final int MAX_LENGTH = 200;

    public OwnerNames {
        business = checked("business", business, "label.business");
        owner = checked("owner", owner, "label.owner");
    }

    /** Until the owner says otherwise, messages read "our business" and are signed "me". */
    public static OwnerNames defaults() {
        return new OwnerNames("our business", "me");
    }

    private static String checked(String field, String value, String label) {
        String text = InvalidInput.requireText(field, value, label);
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "text.tooLong", InvalidInput.label(label), MAX_LENGTH);
        }
        return text;
    }
}
