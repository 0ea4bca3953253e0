package org.referraldesk.ui.today;

import java.time.Instant;
import org.referraldesk.domain.FollowUpKind;

/**
 * One follow-up as a Today row: what to do, for whom, in which story, and when it is due.
 *
 * @param dueText "Due at 15:00" (today) or "Due Wed 25 Nov, 09:00"
 * @param lateText how late an overdue one is, e.g. "3 days overdue"; empty when it is not overdue
 * @param longOverdue overdue by more than a day: marked in the danger colour
 * @param message a message with a template: the row offers Copy message and Email draft
 */
public record TodayItem(long id, FollowUpKind kind, String kindLabel, Long partnerId, String partnerName,
        Long referralId, String clientName, Instant dueAt, String dueText, String lateText,
        boolean longOverdue, boolean message) {

    public boolean hasStory() {
        return referralId != null;
    }

    public boolean hasPartner() {
        return partnerId != null;
    }
}
