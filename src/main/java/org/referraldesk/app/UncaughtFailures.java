package org.referraldesk.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default uncaught-exception handler: every failure no other code caught is written to the log
 * with its stack trace; while the window is up it is also shown there as a readable dialog (the
 * window's {@link org.referraldesk.ui.common.FailureDialog}), and the window keeps working.
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    /** Looked up when a failure comes, not at start: the log file is only placed once the desk is known. */
    private static Logger log() {
        return LoggerFactory.getLogger(UncaughtFailures.class);
    }
    private final Consumer<Throwable> window;

    private UncaughtFailures(Consumer<Throwable> window) {
        this.window = window;
    }

    /** For the command line (and before the window shows): to the log only. */
    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtFailures(null));
    }

    /** For the window (call on the FX thread): to the log and into {@code window}'s dialog. */
    static void showIn(Consumer<Throwable> window) {
        UncaughtFailures handler = new UncaughtFailures(window);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        log().error("Uncaught failure on thread {}", thread.getName(), failure);
        if (window == null) {
            return;
        }
        try {
            if (Platform.isFxApplicationThread()) {
                window.accept(failure);
            } else {
                Platform.runLater(() -> window.accept(failure));
            }
        } catch (RuntimeException noWindow) {
            log().warn("The failure could not be shown in the window", noWindow);
        }
    }
}
