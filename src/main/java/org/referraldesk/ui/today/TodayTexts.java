package org.referraldesk.ui.today;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.Agenda;
import org.referraldesk.ui.common.OwnerFormats;

/** The Today screen's words: kind names, due times in the clock's zone, row titles. */
final class TodayTexts {
    private final ResourceBundle text;
    private final OwnerFormats formats;

    TodayTexts(ResourceBundle text, ZoneId zone) {
        this.text = text;
        this.formats = new OwnerFormats(text, zone);
    }

    TodayItem item(Agenda agenda, FollowUpLine line, boolean message) {
        Instant due = line.effectiveDueAt();
        String when;
        String late = "";
        if (due.isBefore(agenda.now())) {
            java.time.Duration by = agenda.overdueBy(line);
            when = format("due.later", formats.dayAndTime(due));
            late = by.toDays() >= 1 ? format("late.days", by.toDays())
                    : by.toHours() >= 1 ? format("late.hours", by.toHours()) : text.getString("late.just");
        } else if (agenda.dueToday().contains(line)) {
            when = format("due.today", formats.time(due));
        } else {
            when = format("due.later", formats.dayAndTime(due));
        }
        return new TodayItem(line.id(), line.kind(), kind(line.kind()), line.partnerId(), line.partnerName(),
                line.referralId(), line.clientName(), due, when, late, agenda.isLongOverdue(line), message);
    }

    /** The real reason the agenda is empty. */
    String whyNothingDue(Agenda agenda) {
        if (agenda.emptyDesk()) {
            return text.getString("empty.bodyEmptyDesk");
        }
        FollowUpLine later = agenda.later();
        if (later == null) {
            return text.getString("empty.bodyAllDone");
        }
        String who = later.partnerName() != null ? later.partnerName() : later.clientName();
        return format("empty.bodyLater", kind(later.kind()), who, formats.longDate(later.effectiveDueAt()));
    }

    String kind(FollowUpKind kind) {
        return Labels.forOwner().of(kind);
    }

    /** "Thank the referrer · Anna Keller": how messages and dialogs name a row. */
    String title(TodayItem item) {
        String who = item.partnerName() != null ? item.partnerName() : item.clientName();
        return who == null ? item.kindLabel() : item.kindLabel() + " \u00b7 " + who;
    }

    /** "Done: Thank the referrer · Anna Keller." for one row, "3 follow-ups done." for several. */
    String said(String key, List<TodayItem> items, Object... more) {
        Object[] args = new Object[more.length + 1];
        System.arraycopy(more, 0, args, 0, more.length);
        if (items.size() == 1) {
            args[more.length] = title(items.get(0));
            return format(key, args);
        }
        args[more.length] = items.size();
        return format(key + "Many", args);
    }

    String today(Instant now) {
        return formats.longDate(now);
    }

    String dateTime(Instant at) {
        return formats.dateTime(at);
    }

    String format(String key, Object... args) {
        return Wording.forOwner(text).format(key, args);
    }
}
