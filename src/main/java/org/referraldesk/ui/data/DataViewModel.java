package org.referraldesk.ui.data;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.BackupFile;
import org.referraldesk.ui.common.FailureDialog;
import org.referraldesk.service.BackupFolder;
import org.referraldesk.service.Backups;
import org.referraldesk.service.DataExports;
import org.referraldesk.service.Restore;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * The Data screen: exports (contacts as CSV or vCard, follow-ups as a calendar, everything as JSON),
 * a backup, the desk's automatic backups (listed, "Back up now", each one restorable), and a restore
 * that first backs up what is here. All file work runs in the background; one thing at a time.
 */
public final class DataViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final DataExports exports;
    private final Restore restore;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Path safetyFolder;
    private final Runnable afterRestore;
    private final ResourceBundle text;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Backups backups;
    private final OwnerFormats formats;
    private final ObservableList<BackupRow> backupRows = FXCollections.observableArrayList();

    /**
     * {@code safetyFolder} is the database's folder: the restore keeps its automatic backup in its backups folder;
     * {@code afterRestore} reloads what the window shows.
     */
    public DataViewModel(DataExports exports, Restore restore, BackgroundTasks tasks, Clock clock, Path safetyFolder,
            Runnable afterRestore, ResourceBundle text) {
        this(exports, restore, tasks, clock, safetyFolder, afterRestore, text, null);
    }

    /** As above, with the desk's automatic backups listed (and reloaded after a restore); null lists none. */
    public DataViewModel(DataExports exports, Restore restore, BackgroundTasks tasks, Clock clock, Path safetyFolder,
            Runnable afterRestore, ResourceBundle text, Backups backups) {
        this.exports = exports;
        this.restore = restore;
        this.tasks = tasks;
        this.clock = clock;
        this.safetyFolder = safetyFolder;
        this.afterRestore = backups == null ? afterRestore : () -> {
            afterRestore.run();
            loadBackups();
        };
        this.text = text;
        this.backups = backups;
        this.formats = new OwnerFormats(text, clock);
    }

    /** Reads the backups folder (in the background) into {@link #backups()}, newest first. */
    public void loadBackups() {
        if (backups != null) {
            tasks.run(backups::list, found -> backupRows.setAll(found.stream().map(this::row).toList()));
        }
    }

    /** Takes a backup into the backups folder now, then lists it. */
    public void backUpNow() {
        start();
        tasks.run(() -> backups.takeNow(BackupReason.BY_HAND), taken -> {
            done(Wording.forOwner(text).format("data.backups.taken", taken.stories(), taken.contacts(),
                    taken.file().getFileName()));
            loadBackups();
        }, this::failed);
    }

    /** What the list is and where the folder is; "" when there is no list. */
    public String backupsFolderText() {
        return backups == null ? "" : Wording.forOwner(text).format("data.backups.folder", backups.folder().path());
    }

    /** The desk's backups, newest first, as the list shows them. */
    public ObservableList<BackupRow> backups() {
        return backupRows;
    }

    private BackupRow row(BackupFile backup) {
        String reason = backup.reason().map(Labels.forOwner()::of).orElse(text.getString("data.backups.otherReason"));
        return new BackupRow(formats.dateTime(backup.takenAt()), reason, backup.stories(), backup.contacts(),
                backup.file());
    }

    /** A file name for the save dialog, with today's date: "referral-desk-contacts-2026-03-10.csv". */
    public String suggestedName(String what, String extension) {
        return "referral-desk" + (what.isEmpty() ? "" : "-" + what) + "-"
                + DAY.format(LocalDateTime.now(clock)) + "." + extension;
    }

    public void exportContactsCsv(Path file) {
        run(() -> exports.contactsCsv(file), "data.exported.contacts", file);
    }

    public void exportContactsVcard(Path file) {
        run(() -> exports.contactsVcard(file), "data.exported.contacts", file);
    }

    public void exportCalendar(Path file) {
        run(() -> exports.followUpsCalendar(file), "data.exported.followUps", file);
    }

    public void exportEverything(Path file) {
        run(() -> exports.everything(file), "data.exported.rows", file);
    }

    public void backup(Path file) {
        run(() -> exports.backup(file), "data.backedUp", file);
    }

    /** Where the automatic backup before a restore goes: the desk's backups folder. */
    public Path safetyBackup() {
        return safetyFolder.resolve(BackupFolder.NAME);
    }

    /**
     * Replaces everything with {@code file}; the restore backs up what is here first (into
     * {@link #safetyBackup()}, the folder the owner was shown as {@code safety}); the window reloads afterwards.
     */
    public void restore(Path file, Path safety) {
        start();
        tasks.run(() -> restore.restore(file, true), put -> {
            done(Wording.forOwner(text).format("data.restored", put.stories(), put.contacts(), put.followUps(),
                    put.touches(), put.gifts(), file.getFileName(), put.safetyCopy()));
            afterRestore.run();
        }, this::failed);
    }

    private void run(Callable<Integer> work, String message, Path file) {
        start();
        tasks.run(work, count -> done(Wording.forOwner(text).format(message, count, file.getFileName())),
                this::failed);
    }

    private void start() {
        busy.set(true);
        refused.set(false);
        status.set(text.getString("data.working"));
    }

    private void done(String message) {
        busy.set(false);
        status.set(message);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        refused.set(true);
        status.set(failure instanceof InvalidInput refusal ? refusal.ownersMessage()
                : Wording.forOwner(text).format("data.failed", FailureDialog.message(failure)));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True while the status tells of something that did not work. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
