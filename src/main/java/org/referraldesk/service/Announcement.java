package org.referraldesk.service;

import java.time.Duration;
import java.util.List;
import org.referraldesk.domain.FollowUpLine;

/**
 * What one reminder check found: the follow-ups that newly fell due (each announced once), whether
 * to say them as one summary instead of one by one, how long the desk was away (not checking), and
 * how many follow-ups are due in all.
 *
 * @param due     the newly due follow-ups, the longest overdue first
 * @param summary true when they are many, or fell due while the desk was away: one notice, not a burst
 * @param away    the time since the previous check (zero at the first check or when the clock went back)
 * @param overdue every open follow-up due now, announced before or not
 */
public record Announcement(List<FollowUpLine> due, boolean summary, Duration away, int overdue) {

    public Announcement {
        due = List.copyOf(due);
    }

    /** Nothing newly due: no notice, only the count. */
    public boolean isQuiet() {
        return due.isEmpty();
    }
}
