package org.referraldesk.store;

/** How many open follow-ups are overdue, due today and due in the next seven days, counted by the database. */
public record DueCounts(int overdue, int dueToday, int nextWeek) {
}
