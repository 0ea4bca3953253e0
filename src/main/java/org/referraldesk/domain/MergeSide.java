package org.referraldesk.domain;

import java.util.Objects;

/**
 * One of two records to merge, with what it has: the stories it is in as referrer and as client,
 * its follow-ups, touches, gifts, referrals given (to them or for them as client) and VIP invites.
 */
public record MergeSide(Contact contact, boolean partner, int asReferrer, int asClient, int followUps,
        int touches, int gifts, int referralsGiven, int vipInvites) {

    public MergeSide {
        Objects.requireNonNull(contact, "contact");
    }

    /** How many stories the record is in. */
    public int stories() {
        return asReferrer + asClient;
    }
}
