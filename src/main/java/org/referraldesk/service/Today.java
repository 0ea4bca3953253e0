package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.store.DueCounts;
import org.referraldesk.store.Store;

/**
 * The start screen's use case: what is overdue, what is due today and what falls due in the next
 * seven days. Days are calendar days in the clock's zone, so a day with a daylight-saving change
 * (23 or 25 hours long) still ends at local midnight.
 */
public final class Today {
    /** How many days after today the agenda looks ahead. */
    public static final int DAYS_AHEAD = 7;

    private final Store store;
    private final Clock clock;

    public Today(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads the agenda now. */
    public Agenda agenda() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1 + DAYS_AHEAD).atStartOfDay(zone).toInstant();
        Instant dayAgo = local.minusDays(1).toInstant();
        record Read(List<FollowUpLine> lines, DueCounts counts, boolean empty, FollowUpLine later) { }
        Read read = store.inSnapshot(tx -> {
            List<FollowUpLine> lines = tx.followUps().dueBy(end);
            DueCounts counts = tx.followUps().dueCounts(now, tomorrow, end);
            FollowUpLine later = lines.isEmpty() ? tx.reminders().firstDueFrom(end).orElse(null) : null;
            return new Read(lines, counts, !tx.referrals().anyStory(), later);
        });
        List<FollowUpLine> overdue = new ArrayList<>();
        List<FollowUpLine> dueToday = new ArrayList<>();
        List<FollowUpLine> nextWeek = new ArrayList<>();
        for (FollowUpLine line : read.lines()) {
            Instant due = line.effectiveDueAt();
            if (due.isBefore(now)) {
                overdue.add(line);
            } else if (due.isBefore(tomorrow)) {
                dueToday.add(line);
            } else if (due.isBefore(end)) {
                nextWeek.add(line);
            }
        }
        return new Agenda(now, dayAgo, overdue, dueToday, nextWeek, read.counts(), read.empty(), read.later());
    }
}
