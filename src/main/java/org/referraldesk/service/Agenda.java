package org.referraldesk.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.store.DueCounts;

/**
 * What the Today screen shows at one moment: the open follow-ups that are overdue, due before
 * midnight, and due in the next seven days, each list the soonest (longest overdue) first.
 *
 * @param now when the agenda was read
 * @param dayAgo the same local time yesterday: anything due before it is overdue by more than a day
 * @param counts how many are overdue, due today and due in the next seven days, counted by the database
 * @param emptyDesk true while the desk has no stories at all
 * @param later when nothing is due in the seven days: the next open follow-up after them, or null
 *     when every follow-up is done (read only then, so a busy agenda costs no extra query)
 */
public record Agenda(Instant now, Instant dayAgo, List<FollowUpLine> overdue, List<FollowUpLine> dueToday,
        List<FollowUpLine> nextWeek, DueCounts counts, boolean emptyDesk, FollowUpLine later) {

    public Agenda {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        nextWeek = List.copyOf(nextWeek);
    }

    public int overdueCount() {
        return counts.overdue();
    }

    public int dueTodayCount() {
        return counts.dueToday();
    }

    public int nextWeekCount() {
        return counts.nextWeek();
    }

    public boolean nothingDue() {
        return overdue.isEmpty() && dueToday.isEmpty() && nextWeek.isEmpty();
    }

    /** Overdue by more than a day: the owner should see it at a glance. */
    public boolean isLongOverdue(FollowUpLine line) {
        return line.effectiveDueAt().isBefore(dayAgo);
    }

    /** How long ago it fell due (zero for anything not yet due). */
    public Duration overdueBy(FollowUpLine line) {
        Duration late = Duration.between(line.effectiveDueAt(), now);
        return late.isNegative() ? Duration.ZERO : late;
    }
}
