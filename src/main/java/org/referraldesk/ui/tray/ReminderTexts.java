package org.referraldesk.ui.tray;

import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.Announcement;
import org.referraldesk.service.Reminders;

/** Says an announcement in words: one line per follow-up, or one summary when they are many. */
public final class ReminderTexts {
    private final ResourceBundle text;

    public ReminderTexts(ResourceBundle text) {
        this.text = text;
    }

    /** The notice for newly due follow-ups (the announcement is not quiet). */
    public Notice notice(Announcement announcement) {
        int count = announcement.due().size();
        if (announcement.summary()) {
            boolean away = announcement.away().compareTo(Reminders.AWAY) > 0;
            return new Notice(away ? text.getString("reminder.summaryTitle") : format("reminder.titleMany", count),
                    format(away ? "reminder.summary" : "reminder.summaryNow", count) + " "
                            + text.getString("reminder.summaryMore"));
        }
        String title = count == 1 ? text.getString("reminder.title") : format("reminder.titleMany", count);
        return new Notice(title, announcement.due().stream().map(this::line).collect(Collectors.joining("\n")));
    }

    /** "Answer the client – Ben Okafor", or the partner's name where there is no client. */
    public String line(FollowUpLine line) {
        String who = line.clientName() != null ? line.clientName() : line.partnerName();
        String what = Labels.forOwner().of(line.kind());
        return who == null ? what : Wording.forOwner(text).format("reminder.line", what, who);
    }

    public String format(String key, Object... args) {
        return Wording.forOwner(text).format(key, args);
    }
}
