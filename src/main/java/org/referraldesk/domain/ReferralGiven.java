package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A referral the owner gave: the client was sent on to {@code toContactId}, from a story that was not
 * a fit ({@code sourceReferralId}) or logged by hand (no source story).
 */
public record ReferralGiven(long id, long toContactId, Long clientId, Long sourceReferralId, Instant givenAt,
        String note) {

    public ReferralGiven {
        Objects.requireNonNull(givenAt, "givenAt");
        note = InvalidInput.optionalText(note);
        if (clientId != null && clientId == toContactId) {
            throw new InvalidInput("client", "given.samePerson");
        }
    }

    public static ReferralGiven of(long toContactId, Long clientId, Long sourceReferralId, Instant givenAt,
            String note) {
        return new ReferralGiven(0, toContactId, clientId, sourceReferralId, givenAt, note);
    }
}
