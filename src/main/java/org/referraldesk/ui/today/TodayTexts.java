package org.referraldesk.ui.today;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Labels;
import org.referraldesk.service.Agenda;

/** The Today screen's words: kind names, due times in the clock's zone, row titles. */
final class TodayTexts {
    private final ResourceBundle text;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    TodayTexts(ResourceBundle text, ZoneId zone) {
        this.text = text;
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        this.time = DateTimeFormatter.ofPattern(text.getString("today.format.time"), locale).withZone(zone);
        this.day = DateTimeFormatter.ofPattern(text.getString("today.format.day"), locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofPattern(text.getString("format.dateTime"), locale).withZone(zone);
        this.date = DateTimeFormatter.ofPattern(text.getString("today.format.date"), locale).withZone(zone);
    }

    TodayItem item(Agenda agenda, FollowUpLine line) {
        Instant due = line.effectiveDueAt();
        String when;
        String late = "";
        if (due.isBefore(agenda.now())) {
            java.time.Duration by = agenda.overdueBy(line);
            when = format("due.later", day.format(due));
            late = by.toDays() >= 1 ? format("late.days", by.toDays())
                    : by.toHours() >= 1 ? format("late.hours", by.toHours()) : text.getString("late.just");
        } else if (agenda.dueToday().contains(line)) {
            when = format("due.today", time.format(due));
        } else {
            when = format("due.later", day.format(due));
        }
        return new TodayItem(line.id(), line.kind(), kind(line.kind()), line.partnerId(), line.partnerName(),
                line.referralId(), line.clientName(), due, when, late, agenda.isLongOverdue(line));
    }

    String kind(FollowUpKind kind) {
        return Labels.forOwner().of(kind);
    }

    /** "Thank the referrer · Anna Keller": how messages and dialogs name a row. */
    String title(TodayItem item) {
        String who = item.partnerName() != null ? item.partnerName() : item.clientName();
        return who == null ? item.kindLabel() : item.kindLabel() + " \u00b7 " + who;
    }

    String today(Instant now) {
        return date.format(now);
    }

    String dateTime(Instant at) {
        return dateTime.format(at);
    }

    String format(String key, Object... args) {
        return String.format(text.getString(key), args);
    }
}
