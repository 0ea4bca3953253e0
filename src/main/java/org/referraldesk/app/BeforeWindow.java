package org.referraldesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A dialog before the window opens (a password, a damaged desk): shown on the FX thread, its work
 * (opening, restoring) on a thread of its own so the FX thread never waits on the disk, while the
 * launcher's thread waits for the dialog to close.
 */
final class BeforeWindow {
    /** Shows the dialog; {@code work} runs what it does, {@code closed} hears whether it got the desk open. */
    interface Dialog {
        void show(Executor work, Consumer<Boolean> closed);
    }

    private BeforeWindow() {
    }

    /** True when the dialog closed with the desk open, false when the owner chose Quit. */
    static boolean ask(String threadName, Dialog dialog) {
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        ExecutorService work = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true); // an abandoned dialog never keeps the process alive
            return thread;
        });
        try {
            FxStart.run(() -> {
                try {
                    dialog.show(work, closed::complete);
                } catch (RuntimeException e) {
                    closed.completeExceptionally(e);
                }
            });
            return closed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The " + threadName + " dialog failed", e.getCause());
        } finally {
            work.shutdown();
        }
    }
}
