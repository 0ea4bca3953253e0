package org.referraldesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.store.BeforeMigration;
import org.referraldesk.store.PasswordRefused;
import org.referraldesk.store.Store;
import org.referraldesk.ui.unlock.UnlockPrompt;

/**
 * Opens a protected desk for the window: the FX thread shows the password dialog, each typed
 * password is tried on a thread of its own (the FX thread never waits on the disk), and the
 * launcher's thread waits for the desk or for Quit.
 */
final class Unlock {
    private Unlock() {
    }

    /** The opened store, or empty when the owner chose Quit. */
    static Optional<Store> open(Path database, BeforeMigration before) {
        AtomicReference<Store> store = new AtomicReference<>();
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        ExecutorService tries = Executors.newSingleThreadExecutor(work -> new Thread(work, "desk-unlock"));
        try {
            FxStart.run(() -> {
                try {
                    new UnlockPrompt().ask(database.toString(), typed -> {
                        try {
                            store.set(Store.open(database, DeskProtection.key(typed), before));
                            return true;
                        } catch (PasswordRefused wrong) {
                            return false;
                        }
                    }, tries, closed::complete);
                } catch (RuntimeException e) {
                    closed.completeExceptionally(e);
                }
            });
            return closed.get() ? Optional.of(store.get()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.ofNullable(store.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("The password dialog failed", e.getCause());
        } finally {
            tries.shutdown();
        }
    }
}
