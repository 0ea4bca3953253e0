package org.referraldesk.domain;

/**
 * Who sends the messages: the business's name ({business}) and the owner's own ({owner}). Either is
 * "" until the owner gives it; messages then leave it out rather than sign with a stand-in.
 */
public record OwnerNames(String business, String owner) {
    public static final int MAX_LENGTH = 200;

    public OwnerNames {
        business = checked("business", business, "label.business");
        owner = checked("owner", owner, "label.owner");
    }

    /** Until the owner says otherwise, both names are unset (""). */
    public static OwnerNames defaults() {
        return new OwnerNames("", "");
    }

    /** Whether the owner has given neither name yet. */
    public boolean unset() {
        return business.isEmpty() && owner.isEmpty();
    }

    private static String checked(String field, String value, String label) {
        String text = value == null ? "" : CleanText.line(value).strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInput(field, "text.tooLong", InvalidInput.label(label), MAX_LENGTH);
        }
        return text;
    }
}
