package org.referraldesk.domain;

/**
 * How the owner looks after one partner: how often to check in, and whether gifts and public
 * thanks are allowed (some partners work under compliance rules that forbid gifts).
 */
public record PartnerSettings(long contactId, int checkInCadenceDays, boolean giftsAllowed,
        boolean publicThanksAllowed, String giftNotes) {

    public static final int DEFAULT_CADENCE_DAYS = 182;

    public PartnerSettings {
        if (checkInCadenceDays < 1 || checkInCadenceDays > 3660) {
            throw new InvalidInput("checkInCadenceDays", "cadence.range");
        }
        giftNotes = InvalidInput.optionalText(giftNotes);
    }

    /** Defaults for a new partner: check in every 182 days, gifts and public thanks allowed. */
    public static PartnerSettings defaultsFor(long contactId) {
        return new PartnerSettings(contactId, DEFAULT_CADENCE_DAYS, true, true, null);
    }
}
