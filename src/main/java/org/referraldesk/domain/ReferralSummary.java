package org.referraldesk.domain;

import java.time.Instant;

/** One line of the referrals list: the story with its people's names and its next follow-up. */
public record ReferralSummary(long id, String referrerName, String clientName, String need, Stage stage,
        Instant receivedAt, Instant nextFollowUpAt) {

    public Act act() {
        return stage.act();
    }
}
