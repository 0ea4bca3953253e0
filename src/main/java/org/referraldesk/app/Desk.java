package org.referraldesk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.referraldesk.service.ReminderTimer;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.EmojiFont;
import org.referraldesk.ui.about.AboutDialog;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DeskChanges;
import org.referraldesk.ui.common.FailureDialog;
import org.referraldesk.ui.common.Theme;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.common.ChooserFilePicker;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.imports.ImportDialogs;
import org.referraldesk.ui.main.MainController;
import org.referraldesk.ui.main.MainNavigator;
import org.referraldesk.ui.newreferral.NewReferralDialog;
import org.referraldesk.ui.tray.DeskTray;
import org.referraldesk.ui.tray.InWindowNotices;
import org.referraldesk.ui.tray.ReminderBoard;
import org.referraldesk.ui.tray.ReminderTexts;
import org.slf4j.LoggerFactory;

/**
 * The window's composition root: the services of one desk (the same {@link Services} the command
 * line uses), the window's shared parts, the controller table, and the reminders.
 */
public final class Desk implements AutoCloseable {
    private final ResourceBundle bundle = ResourceBundle.getBundle("org.referraldesk.ui.messages");
    private final FailureDialog failures = new FailureDialog(bundle);
    private final BackgroundTasks tasks = BackgroundTasks.forWindow(failures);
    /** What starts behind the shown window (the plans, the daily backup), beside the screens' work. */
    private final BackgroundTasks behind = BackgroundTasks.forWindow(failures);
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    /** How long after the window shows the daily backup is taken. */
    static final Duration BACKUP_DELAY = Duration.ofSeconds(5);
    private final ViewLoader views = new ViewLoader(bundle, type -> controllers().make(type));
    private final Services services;
    private final Theme remembered;
    private final ReminderBoard reminderBoard;
    private final ReminderTimer reminderTimer;
    private final Controllers controllers;
    private final DeskChanges changes = new DeskChanges(this::checkRemindersSoon);
    private volatile MainController main;
    private final MainNavigator navigator;
    private final AtomicBoolean closed = new AtomicBoolean(false);

    /** Wires the desk; reads the remembered theme, so call it off the FX thread. */
    public Desk(Store store, Clock clock) {
        this(store, clock, new ChooserFilePicker());
    }

    /** As {@link #Desk(Store, Clock)}, with the file dialogs the Data screen uses. */
    public Desk(Store store, Clock clock, FilePicker files) {
        this(store, clock, files, org.referraldesk.service.LanguageChoice.in(DataFolder.forThisComputer()));
    }

    /** As {@link #Desk(Store, Clock, FilePicker)}, with where Settings keeps the language (a temp folder in tests). */
    Desk(Store store, Clock clock, FilePicker files, org.referraldesk.service.LanguageChoice language) {
        AppInfo app = AppInfo.load();
        this.services = Services.on(store, clock, app.nameAndVersion());
        if (!store.readOnly()) {
            services.templates().followLanguage(java.util.Locale.getDefault()); // untouched defaults: ADR 0019
        }
        this.remembered = Theme.fromKey(services.settings().theme());
        ImportDialogs imports = new ImportDialogs(views, tasks, Platform::runLater, services.contactImport(),
                services.referralImport(), files);
        this.reminderBoard = new ReminderBoard(new ReminderTexts(views.textFor(ReminderBoard.class)));
        // the badge shows the last start's count at once; the first check (behind the window) corrects it
        reminderBoard.showLastKnown(services.traySettings().lastDue());
        this.reminderTimer = new ReminderTimer(services.reminders(), clock, announcement -> {
            keepLastDue(announcement.overdue());
            Platform.runLater(() -> {
                reminderBoard.show(announcement);
                changes.looked();
            });
        });
        this.navigator = new MainNavigator(views, new NewReferralDialog(views), imports);
        this.controllers = new Controllers(services, new Shell(tasks, views, navigator, new AboutDialog(views),
                AboutFactsOf.of(app, store.file()), files, remembered,
                reminderBoard.overdueProperty(), this::checkRemindersSoon, changes, shown -> main = shown), language);
    }

    private Controllers controllers() {
        return controllers;
    }

    /** Builds the main window's scene (on the FX thread). */
    public Scene mainScene() {
        remembered.apply();
        EmojiFont.load(); // at once when FxStart has loaded it (a test's toolkit has not)
        Parent root = views.load(MainController.class, "MainWindow");
        Scene scene = new Scene(root, 1180, 740);
        scene.getStylesheets().add(Desk.class.getResource("/org/referraldesk/ui/desk.css").toExternalForm());
        return scene;
    }

    /** Shows the main window with reminders in the window (no tray). */
    public void show(Stage stage) {
        show(stage, CompletableFuture.completedFuture(DeskTray.none()));
    }

    /**
     * Shows the main window first, then starts behind it: the plans (this year's VIP invites), the
     * reminders (in the tray where {@code tray} finds one, else in the window) and the daily backup.
     */
    public void show(Stage stage, CompletionStage<DeskTray> tray) {
        UncaughtFailures.showIn(failures);
        stage.setTitle(bundle.getString("app.title"));
        stage.getIcons().add(new Image(Desk.class.getResource("/org/referraldesk/ui/about/app-icon.png")
                .toExternalForm()));
        stage.setScene(mainScene());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        // typed work is never lost: closing the window asks first when a screen holds unsaved edits (ADR 0010)
        stage.setOnCloseRequest(event -> {
            event.consume();
            whenLeft(stage::hide);
        });
        stage.show();
        MainController shown = main;
        if (shown != null) {
            shown.welcomeIfNew();
        }
        // the reminder check's planning step, before the first check says what is due (that check
        // tells Today to read again); a failed plan is shown, and the reminders start all the same
        behind.run(() -> {
            services.reminders().plan();
            return null;
        }, done -> started.complete(null), failure -> {
            started.complete(null);
            tasks.report(failure);
        });
        started.thenCombine(tray, (done, found) -> found).thenAccept(found -> Platform.runLater(() -> {
            remindThrough(found, stage);
            reminderTimer.start();
        }));
        // the daily backup a little after the window shows, not beside the first screen's reading
        started.thenRun(() -> CompletableFuture.delayedExecutor(BACKUP_DELAY.toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::dailyBackup));
    }

    /** The daily backup, unless the window closed meanwhile; a failure shows as any failed work does. */
    private void dailyBackup() {
        try {
            if (!closed.get()) {
                behind.run(() -> services.backups().takeIfDue(), taken -> { });
            }
        } catch (RejectedExecutionException closedMeanwhile) {
            LoggerFactory.getLogger(Desk.class).info("The window closed before the daily backup; the one on quit is taken");
        }
    }

    private void remindThrough(DeskTray tray, Stage stage) {
        if (tray.supported()) {
            reminderBoard.announceThrough(tray.notices());
            reminderBoard.overdueProperty().addListener((obs, old, count) -> tray.showCount(count.intValue()));
            tray.showCount(reminderBoard.overdueProperty().get());
        } else {
            reminderBoard.announceThrough(new InWindowNotices(() -> stage));
        }
    }

    /** On the reminder thread: the count for the next start's badge (a failed write is logged, the check goes on). */
    private void keepLastDue(int due) {
        try {
            services.traySettings().saveLastDue(due);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Desk.class).warn("The count of due follow-ups could not be kept", e);
        }
    }

    /** Completes once the plans that start behind the window have run (or failed, and said so). */
    CompletionStage<Void> started() {
        return started;
    }

    /** Hands the shown window to the start-up probe (on the FX thread); {@code quit} ends the window's run. */
    void watch(StartProbe probe, Runnable quit) {
        probe.watch(tasks::idle, navigator, quit);
    }

    /** Runs {@code then} (on the FX thread) once the showing screen may be left: saved, discarded or nothing typed. */
    public void whenLeft(Runnable then) {
        navigator.leaveThen(then);
    }

    /** Looks for newly due follow-ups now instead of at the next tick. */
    public void checkRemindersSoon() {
        reminderTimer.checkSoon();
    }

    /** Whether closing the window should leave the desk running in the tray (read off the FX thread). */
    public boolean keepRunningInTray() {
        return services.traySettings().keepRunningInTray();
    }

    /** Shows a failure of start-up work outside the window's tasks, as any failed work shows (any thread). */
    void report(Throwable failure) {
        Platform.runLater(() -> tasks.report(failure));
    }

    /** The texts reminders and the tray use. */
    public ReminderTexts reminderTexts() {
        return reminderBoard.texts();
    }

    /** Brings the window to the screen of what is due (on the FX thread). */
    public void showToday() {
        MainController shown = main;
        if (shown != null) {
            shown.showToday();
        }
    }

    /**
     * Stops the reminders, lets background work finish, backs up when anything changed since the last
     * backup, then shuts the database down. Off the FX thread; once only.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            reminderTimer.stop(60);
            behind.shutdown(60);
            tasks.shutdown(60);
            try {
                services.backups().takeIfChanged();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(Desk.class).error("The backup on quit could not be taken", e);
            }
            services.close();
        }
    }
}
