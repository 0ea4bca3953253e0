package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An open follow-up as the due list shows it: with the partner's and the client's names. */
public record FollowUpLine(long id, FollowUpKind kind, Instant dueAt, Instant snoozedUntil, Long partnerId,
        String partnerName, Long referralId, String clientName, BigDecimal amount) {

    public Instant effectiveDueAt() {
        return snoozedUntil != null ? snoozedUntil : dueAt;
    }

    public boolean isOverdueAt(Instant now) {
        return effectiveDueAt().isBefore(now);
    }
}
