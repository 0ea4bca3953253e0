package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.referraldesk.service.Backups;
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
 */
public final class Launcher {
    private Launcher() {
    }

    /** Runs a command, or with no command opens the window; exits with the command's exit code. */
    public static void main(String[] args) {
        System.exit(CommandLineDesk.at(Clock.systemDefaultZone()).run(args, System.out, System.err));
    }

    /** Opens the window on {@code database} and returns once it has closed (0), or 1/3 when it cannot open. */
    static int openWindow(Path database) {
        Path db = database.toAbsolutePath();
        System.setProperty("rd.logDir", db.getParent().toString());
        Logger log = LoggerFactory.getLogger(Launcher.class);
        Store store;
        try {
            store = Store.open(db, Backups.beforeMigration(Clock.systemDefaultZone(), AppInfo.load().nameAndVersion()));
        } catch (StoreUnavailable e) {
            log.error("Could not open the database", e);
            System.err.println(e.getMessage());
            showStartupFailure(e.getMessage());
            return e instanceof StoreInUse ? ExitCodes.BUSY : ExitCodes.BAD_INPUT;
        }
        Desk desk = new Desk(store, Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(new Thread(desk::close, "referral-desk-shutdown"));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Stage> window = new AtomicReference<>();
        Runnable open = () -> bringBack(window.get());
        DeskTray tray = DeskTray.install(new TrayActions(open, () -> {
            open.run();
            desk.showToday();
        }, () -> desk.whenLeft(closed::countDown)), desk.reminderTexts());
        boolean closingQuits = tray.closingWindowQuits(desk.keepRunningInTray());
        log.info(closingQuits ? "Closing the window quits" : "Closing the window keeps Referral Desk in the tray");
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            window.set(stage);
            stage.setOnHidden(event -> {
                if (closingQuits) {
                    closed.countDown();
                }
            });
            desk.show(stage, tray);
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tray.remove();
        desk.close();
        Platform.exit();
        return ExitCodes.OK; // main exits, which also ends the AWT threads a tray started
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
            Platform.startup(() -> {
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
