package org.referraldesk.ui.today;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.CalendarExport;
import org.referraldesk.ui.common.BackgroundTasks;

/** Writes the open follow-ups to an iCalendar file for Outlook or Google Calendar, off the FX thread. */
public final class CalendarExportViewModel {
    private final CalendarExport export;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public CalendarExportViewModel(CalendarExport export, BackgroundTasks tasks, ResourceBundle text) {
        this.export = export;
        this.tasks = tasks;
        this.text = text;
    }

    /** A sensible file name to offer in the save dialog. */
    public String suggestedFileName() {
        return "referral-desk-follow-ups.ics";
    }

    public void exportTo(Path file) {
        tasks.run(() -> export.export(file),
                count -> status.set(Wording.forOwner(text).format("today.exported", count, file.getFileName())));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
