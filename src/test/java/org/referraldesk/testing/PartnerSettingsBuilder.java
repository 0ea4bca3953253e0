package org.referraldesk.testing;

import org.referraldesk.domain.PartnerSettings;

/**
 * Builds {@link PartnerSettings} for tests. Defaults match {@link PartnerSettings#defaultsFor(long)}
 * for Anna: check in every 182 days, gifts and public thanks allowed, no gift notes.
 */
public class PartnerSettingsBuilder {

    private long contactId = TypicalContacts.ANNA_ID;
    private int checkInCadenceDays = PartnerSettings.DEFAULT_CADENCE_DAYS;
    private boolean giftsAllowed = true;
    private boolean publicThanksAllowed = true;
    private String giftNotes;

    public PartnerSettingsBuilder() {
    }

    /** Starts from a copy of existing settings. */
    public PartnerSettingsBuilder(PartnerSettings s) {
        contactId = s.contactId();
        checkInCadenceDays = s.checkInCadenceDays();
        giftsAllowed = s.giftsAllowed();
        publicThanksAllowed = s.publicThanksAllowed();
        giftNotes = s.giftNotes();
    }

    public PartnerSettingsBuilder forPartner(long partnerContactId) {
        contactId = partnerContactId;
        return this;
    }

    public PartnerSettingsBuilder withCadenceDays(int days) {
        checkInCadenceDays = days;
        return this;
    }

    public PartnerSettingsBuilder withGiftsAllowed(boolean allowed) {
        giftsAllowed = allowed;
        return this;
    }

    /** A partner whose compliance rules forbid gifts. */
    public PartnerSettingsBuilder withoutGifts() {
        return withGiftsAllowed(false);
    }

    public PartnerSettingsBuilder withPublicThanksAllowed(boolean allowed) {
        publicThanksAllowed = allowed;
        return this;
    }

    /** A partner who prefers not to be thanked in public. */
    public PartnerSettingsBuilder withoutPublicThanks() {
        return withPublicThanksAllowed(false);
    }

    public PartnerSettingsBuilder withGiftNotes(String notes) {
        giftNotes = notes;
        return this;
    }

    public PartnerSettings build() {
        return new PartnerSettings(contactId, checkInCadenceDays, giftsAllowed, publicThanksAllowed, giftNotes, false);
    }
}
