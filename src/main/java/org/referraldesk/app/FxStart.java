package org.referraldesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.referraldesk.ui.common.EmojiFont;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX once, for whichever comes first: a dialog before the window (a password) or the
 * window. The window's start begins it on a thread of its own ({@link #begin()}) while the database
 * opens, so the two overlap.
 */
final class FxStart {
    private static final AtomicBoolean STARTED = new AtomicBoolean(false);
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();

    private FxStart() {
    }

    /** Starts JavaFX in the background, if nothing has yet; returns at once. */
    static void begin() {
        if (STARTED.compareAndSet(false, true)) {
            Thread starting = new Thread(FxStart::startup, "referral-desk-fx-start");
            starting.setDaemon(true);
            starting.start();
        }
    }

    /** Runs {@code work} on the FX thread, starting JavaFX first when nothing has yet (waits for it, off the FX thread). */
    static void run(Runnable work) {
        if (STARTED.compareAndSet(false, true)) {
            startup();
        }
        READY.join();
        Platform.runLater(work);
    }

    private static void startup() {
        try {
            Platform.setImplicitExit(false);
            // the work runs after start-up has finished: a dialog's showAndWait inside the
            // start-up call itself shows an empty window
            Platform.startup(() -> { });
            EmojiFont.load(); // off the FX thread, while the database opens (ADR 0022)
            READY.complete(null);
        } catch (IllegalStateException alreadyRunning) {
            READY.complete(null); // JavaFX was started by someone else (a test's toolkit)
        } catch (RuntimeException | Error noDisplay) {
            LoggerFactory.getLogger(FxStart.class).warn("JavaFX could not start", noDisplay);
            READY.completeExceptionally(noDisplay);
        }
    }
}
