package org.referraldesk.app;

import java.nio.file.Path;
import org.referraldesk.service.LanguageChoice;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.referraldesk.cli.DamagedLine;
import org.referraldesk.service.Backups;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.store.DamagedStore;
import org.referraldesk.store.BeforeMigration;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreInUse;
import org.referraldesk.store.StoreUnavailable;
import org.referraldesk.cli.ExitCodes;
import org.referraldesk.ui.tray.DeskTray;
import org.referraldesk.ui.tray.TrayActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main class (it does not extend Application, so the app runs from the class path). Hands the
 * arguments to the command line; with no command it opens the database off the FX thread, shows
 * the window, and after the window closes lets background work finish and shuts the database down.
 * One window per desk: a second start brings the open one to the front ({@link WindowBell}).
 */
public final class Launcher {
    private Launcher() {
    }

    /** Runs a command, or with no command opens the window; exits with the command's exit code. */
    public static void main(String[] args) {
        speakTheChosenLanguage(LanguageChoice.in(DataFolder.forThisComputer()), java.util.Locale.getDefault());
        UncaughtFailures.install();
        Optional<Path> window = windowOnly(args);
        if (window.isPresent()) {
            System.exit(openWindow(window.get())); // the window needs no parsing of commands (picocli's start)
        }
        System.exit(CommandLineDesk.at(Clock.systemDefaultZone()).run(args, System.out, System.err));
    }

    /**
     * Makes the owner's language (Settings, or {@code referral-desk language}; else the system's) the
     * default locale, before any text or format is read: every bundle, date and number follows it (ADR 0019).
     */
    static void speakTheChosenLanguage(LanguageChoice choice, java.util.Locale system) {
        java.util.Locale.setDefault(choice.speaking(system));
    }

    /** The desk of a command line that only opens the window (none, or {@code --db PATH}); else empty. */
    static Optional<Path> windowOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(DataFolder.defaultDesk());
        }
        if (args.length == 2 && args[0].equals("--db") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Optional.of(Path.of(args[1]));
        }
        return Optional.empty();
    }

    /** Opens the window on {@code database} and returns once it has closed (0), or 1/3 when it cannot open. */
    static int openWindow(Path database) {
        Path db = database.toAbsolutePath();
        System.setProperty("rd.logDir", db.getParent().toString());
        Logger log = LoggerFactory.getLogger(Launcher.class);
        WindowBell bell;
        try {
            bell = WindowBell.hangOrRing(db);
        } catch (java.io.IOException e) {
            log.error("Could not tell whether a window is open on this desk", e);
            System.err.println("Referral Desk could not start beside " + db + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (bell.openElsewhere()) {
            log.info(bell.answer());
            System.out.println(bell.answer());
            return ExitCodes.OK;
        }
        FxStart.begin(); // JavaFX starts while the database opens
        Store store;
        try {
            BeforeMigration backUp = Backups.beforeMigration(Clock.systemDefaultZone(), AppInfo.load().nameAndVersion());
            Optional<Store> opened = DeskProtection.isProtected(db) ? Unlock.open(db, backUp)
                    : Optional.of(Store.open(db, backUp));
            if (opened.isEmpty()) {
                bell.close();
                return ExitCodes.LOCKED;
            }
            store = opened.get();
        } catch (DamagedStore e) {
            DamagedDesk damaged = DamagedDesk.of(e);
            String line = DamagedLine.of(damaged, java.time.ZoneId.systemDefault());
            log.error(line, e);
            System.err.println(line);
            Optional<Store> rescued = Rescue.offer(db, damaged, Clock.systemDefaultZone(), AppInfo.load().nameAndVersion());
            if (rescued.isEmpty()) {
                bell.close();
                return ExitCodes.DAMAGED;
            }
            store = rescued.get();
        } catch (StoreUnavailable e) {
            bell.close();
            log.error("Could not open the database", e);
            System.err.println(e.getMessage());
            showStartupFailure(e.getMessage());
            return e instanceof StoreInUse ? ExitCodes.BUSY : ExitCodes.BAD_INPUT;
        }
        Desk desk = new Desk(store, Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bell.close();
            desk.close();
        }, "referral-desk-shutdown"));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Stage> window = new AtomicReference<>();
        Runnable open = () -> bringBack(window.get());
        // until the tray is known there is none: closing the window quits
        AtomicBoolean closingQuits = new AtomicBoolean(true);
        CompletableFuture<DeskTray> tray = new CompletableFuture<>();
        FxStart.run(() -> {
            Stage stage = new Stage();
            window.set(stage);
            stage.setOnHidden(event -> {
                if (closingQuits.get()) {
                    closed.countDown();
                }
            });
            desk.show(stage, tray);
            bell.onRing(() -> Platform.runLater(open));
            StartProbe.fromSystem().ifPresent(probe -> desk.watch(probe, closed::countDown));
            // the tray once the window shows (AWT's start takes seconds)
            Thread trayStart = new Thread(() -> tray.complete(trayFor(desk, open, closed, closingQuits)),
                    "referral-desk-tray");
            trayStart.setDaemon(true);
            trayStart.start();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tray.join().remove();
        bell.close();
        desk.close();
        Platform.exit();
        return ExitCodes.OK; // main exits, which also ends the AWT threads a tray started
    }

    /** Puts the desk into the tray where there is one, and learns whether closing the window quits. */
    private static DeskTray trayFor(Desk desk, Runnable open, CountDownLatch closed, AtomicBoolean closingQuits) {
        DeskTray tray = DeskTray.install(new TrayActions(open, () -> {
            open.run();
            desk.showToday();
        }, () -> desk.whenLeft(closed::countDown)), desk.reminderTexts());
        try {
            closingQuits.set(tray.closingWindowQuits(tray.supported() && desk.keepRunningInTray()));
        } catch (RuntimeException e) {
            desk.report(e); // closing the window quits, as without a tray
        }
        LoggerFactory.getLogger(Launcher.class).info(closingQuits.get() ? "Closing the window quits"
                : "Closing the window keeps Referral Desk in the tray");
        return tray;
    }

    /** Shows the window again (from the tray), in front. */
    private static void bringBack(Stage stage) {
        if (stage != null) {
            stage.show();
            stage.setIconified(false);
            stage.toFront();
        }
    }

    private static void showStartupFailure(String message) {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            FxStart.run(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText("Referral Desk could not start");
                alert.showAndWait();
                shown.countDown();
            });
            shown.await();
            Platform.exit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException noDisplay) {
            LoggerFactory.getLogger(Launcher.class).warn("No window for the startup message", noDisplay);
        }
    }
}
