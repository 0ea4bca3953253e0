package org.referraldesk.ui.tray;

import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.referraldesk.service.Announcement;

/**
 * The reminders as the window sees them (on the FX thread): how many follow-ups are due, for the
 * badge on the rail and the tray icon, and each newly due batch said once, through the tray where
 * there is one and in the window otherwise.
 */
public final class ReminderBoard {
    private final ReminderTexts texts;
    private final IntegerProperty overdue = new SimpleIntegerProperty(0);
    private Consumer<Notice> announcer = notice -> { };

    public ReminderBoard(ReminderTexts texts) {
        this.texts = texts;
    }

    /** Where notices go from now on: the tray's balloon or the window's notifications. */
    public void announceThrough(Consumer<Notice> announcer) {
        this.announcer = announcer;
    }

    /** Before the first check: the count the last start's checks ended with. */
    public void showLastKnown(int due) {
        overdue.set(due);
    }

    /** Takes one check's result: updates the count and says what newly fell due. */
    public void show(Announcement announcement) {
        overdue.set(announcement.overdue());
        if (!announcement.isQuiet()) {
            announcer.accept(texts.notice(announcement));
        }
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue;
    }

    public ReminderTexts texts() {
        return texts;
    }
}
