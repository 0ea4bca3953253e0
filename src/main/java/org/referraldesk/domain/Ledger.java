package org.referraldesk.domain;

import java.util.List;

/** The two-way ledger with one partner: the referrals they sent us, and those we gave them (newest first). */
public record Ledger(long partnerId, List<ReferralSummary> received, List<GivenLine> given) {

    public Ledger {
        received = List.copyOf(received);
        given = List.copyOf(given);
    }
}
