package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A dated thing to do for a partner or a story. It is open until it is done or skipped; snoozing
 * moves when it is due without losing when it was first due.
 */
public record FollowUp(long id, FollowUpKind kind, Instant dueAt, Long partnerId, Long referralId,
        BigDecimal amount, String note, Instant doneAt, Instant snoozedUntil, Instant skippedAt,
        String skipReason) {

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        amount = Money.cents(amount);
        note = InvalidInput.optionalText(note);
    }

    /** A follow-up the playbook (or the owner) asks for, not yet stored. */
    public static FollowUp planned(FollowUpKind kind, Instant dueAt, Long partnerId, Long referralId,
            BigDecimal amount) {
        return new FollowUp(0, kind, dueAt, partnerId, referralId, amount, null, null, null, null, null);
    }

    public boolean isOpen() {
        return doneAt == null && skippedAt == null;
    }

    /** When it is due now: the snooze, if there is one, otherwise the original due time. */
    public Instant effectiveDueAt() {
        return snoozedUntil != null ? snoozedUntil : dueAt;
    }

    public boolean isDueAt(Instant now) {
        return isOpen() && !effectiveDueAt().isAfter(now);
    }

    public FollowUp withId(long newId) {
        return new FollowUp(newId, kind, dueAt, partnerId, referralId, amount, note, doneAt, snoozedUntil,
                skippedAt, skipReason);
    }
}
