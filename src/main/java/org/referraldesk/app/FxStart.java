package org.referraldesk.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/** Starts JavaFX once, for whichever comes first: a dialog before the window (a password) or the window. */
final class FxStart {
    private static final AtomicBoolean STARTED = new AtomicBoolean(false);

    private FxStart() {
    }

    /** Runs {@code work} on the FX thread, starting JavaFX first when nothing has yet. */
    static void run(Runnable work) {
        if (STARTED.compareAndSet(false, true)) {
            Platform.setImplicitExit(false);
            try {
                // the work runs after start-up has finished: a dialog's showAndWait inside the
                // start-up call itself shows an empty window
                Platform.startup(() -> { });
            } catch (IllegalStateException alreadyRunning) {
                // JavaFX was started by someone else (a test's toolkit)
            }
            Platform.runLater(work);
        } else {
            Platform.runLater(work);
        }
    }
}
