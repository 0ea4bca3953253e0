package org.referraldesk.domain;

import java.time.Instant;

/** A referral given, as a partner's ledger lists it: whom we sent, when, why, from which story. */
public record GivenLine(long id, long toContactId, String clientName, Instant givenAt, String note,
        Long sourceReferralId) {
}
