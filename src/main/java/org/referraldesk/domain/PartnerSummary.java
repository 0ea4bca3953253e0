package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the partners list: what a partner sent us, what we won from it, when we last touched
 * them and when their next check-in is due (the open hero check-in, snoozed or not; null when none is
 * planned). Email and phone are what the list's search finds them by too (null when unknown). Revenue and profit are the sums over their won stories, zero when none was won.
 */
public record PartnerSummary(long id, String name, String company, String email, String phone, int referralsSent, int won,
        BigDecimal revenue, BigDecimal profit, Instant lastTouchAt, Instant nextCheckInAt, boolean heroByHand) {

    public PartnerSummary {
        revenue = revenue == null ? Money.of("0") : Money.cents(revenue);
        profit = profit == null ? Money.of("0") : Money.cents(profit);
    }

    /** A Hero: at least one of their stories was won, or the owner marked them as one by hand. */
    public boolean isHero() {
        return won > 0 || heroByHand;
    }

    /** The check-in was due before {@code now} and is still open. */
    public boolean isCheckInOverdueAt(Instant now) {
        return nextCheckInAt != null && nextCheckInAt.isBefore(now);
    }
}
