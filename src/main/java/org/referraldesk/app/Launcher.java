package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreUnavailable;
import org.referraldesk.ui.tray.DeskTray;
import org.referraldesk.ui.tray.TrayActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main class (it does not extend Application, so the app runs from the class path). Opens the
 * database off the FX thread, shows the window, and after the window closes lets background work
 * finish and shuts the database down cleanly.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        Path db = options.databaseOrDefault().toAbsolutePath();
        System.setProperty("rd.logDir", db.getParent().toString());
        Logger log = LoggerFactory.getLogger(Launcher.class);
        Store store;
        try {
            store = Store.open(db);
        } catch (StoreUnavailable e) {
            log.error("Could not open the database", e);
            System.err.println(e.getMessage());
            showStartupFailure(e.getMessage());
            System.exit(1);
            return;
        }
        Desk desk = new Desk(store, Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(new Thread(desk::close, "referral-desk-shutdown"));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Stage> window = new AtomicReference<>();
        Runnable open = () -> bringBack(window.get());
        DeskTray tray = DeskTray.install(new TrayActions(open, () -> {
            open.run();
            desk.showToday();
        }, closed::countDown), desk.reminderTexts());
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
        closed.await();
        tray.remove();
        desk.close();
        Platform.exit();
        if (tray.supported()) {
            System.exit(0); // the AWT threads the tray started would otherwise keep the process alive
        }
    }

    /** Shows the window again (from the tray), in front. */
    private static void bringBack(Stage stage) {
        if (stage != null) {
            stage.show();
            stage.setIconified(false);
            stage.toFront();
        }
    }

    private static void showStartupFailure(String message) throws InterruptedException {
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
        } catch (RuntimeException noDisplay) {
            LoggerFactory.getLogger(Launcher.class).warn("No window for the startup message", noDisplay);
        }
    }
}
