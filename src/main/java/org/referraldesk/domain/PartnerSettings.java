package org.referraldesk.domain;

/**
 * How the owner looks after one partner: how often to check in, whether gifts and public thanks are
 * allowed (some partners work under compliance rules that forbid gifts), and whether the owner made
 * them a Hero by hand (a partner with a won story is one anyway).
 */
public record PartnerSettings(long contactId, int checkInCadenceDays, boolean giftsAllowed,
        boolean publicThanksAllowed, String giftNotes, boolean heroByHand) {

    public static final int DEFAULT_CADENCE_DAYS = 182;

    public PartnerSettings {
        if (checkInCadenceDays < 1 || checkInCadenceDays > 3660) {
            throw new InvalidInput("checkInCadenceDays", "cadence.range");
        }
        giftNotes = InvalidInput.optionalText(giftNotes);
    }

    /** Defaults for a new partner: check in every 182 days, gifts and public thanks allowed. */
    public static PartnerSettings defaultsFor(long contactId) {
        return new PartnerSettings(contactId, DEFAULT_CADENCE_DAYS, true, true, null, false);
    }

    /** The same settings for another record of the partner (a merge's kept one). */
    public PartnerSettings forContact(long otherId) {
        return new PartnerSettings(otherId, checkInCadenceDays, giftsAllowed, publicThanksAllowed, giftNotes, heroByHand);
    }

    public PartnerSettings withHeroByHand(boolean hero) {
        return new PartnerSettings(contactId, checkInCadenceDays, giftsAllowed, publicThanksAllowed, giftNotes, hero);
    }
}
