package org.referraldesk.ui.today;

import java.time.Instant;
import org.referraldesk.domain.FollowUpKind;

/**
 * One follow-up as a Today row: what to do, for whom, in which story, and when it is due.
 *
 * @param dueText "Overdue since 21 Nov, 09:00", "Due 15:00" or "Due Wed 25 Nov, 09:00"
 * @param longOverdue overdue by more than a day: marked in the danger colour
 */
public record TodayItem(long id, FollowUpKind kind, String kindLabel, Long partnerId, String partnerName,
        Long referralId, String clientName, Instant dueAt, String dueText, boolean longOverdue) {

    public boolean hasStory() {
        return referralId != null;
    }

    public boolean hasPartner() {
        return partnerId != null;
    }
}
