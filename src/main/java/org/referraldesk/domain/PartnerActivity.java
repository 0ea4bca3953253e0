package org.referraldesk.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a partner has done with us so far: how many referrals they sent, their latest referral and
 * our latest touch. Every partner gets a check-in, Hero or not.
 */
public record PartnerActivity(long partnerId, int referralsSent, Instant lastReferralAt, Instant lastTouchAt) {

    /** The later of the last touch and the last referral: where the check-in clock starts. */
    public Optional<Instant> lastContactAt() {
        if (lastTouchAt == null) {
            return Optional.ofNullable(lastReferralAt);
        }
        if (lastReferralAt == null) {
            return Optional.of(lastTouchAt);
        }
        return Optional.of(lastTouchAt.isAfter(lastReferralAt) ? lastTouchAt : lastReferralAt);
    }

    /**
     * The next check-in: the last contact plus the cadence, in calendar days at the same local time
     * in the owner's zone. Empty while there has been no contact at all.
     */
    public Optional<Instant> nextCheckIn(PartnerSettings settings, ZoneId zone) {
        return lastContactAt().map(last -> DueOffset.days(settings.checkInCadenceDays()).after(last, zone));
    }
}
