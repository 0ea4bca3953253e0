package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.referraldesk.ui.rescue.RescuePrompt;

/**
 * A desk file that did not read whole, for the window: the dialog offers the newest backup, and
 * restoring it builds a new desk at the desk's own place (the damaged file was moved aside) on a
 * thread of its own, then the window opens on it.
 */
final class Rescue {
    private Rescue() {
    }

    /** The desk restored from the newest backup, or empty when the owner chose Quit. */
    static Optional<Store> offer(Path database, DamagedDesk damaged, Clock clock, String madeBy) {
        AtomicReference<Store> store = new AtomicReference<>();
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        ExecutorService work = Executors.newSingleThreadExecutor(task -> new Thread(task, "desk-rescue"));
        try {
            FxStart.run(() -> {
                try {
                    new RescuePrompt().offer(damaged, backup -> {
                        Store fresh = Store.open(database);
                        try {
                            Services.on(fresh, clock, madeBy).restore().restore(backup.file(), false);
                        } catch (RuntimeException e) {
                            fresh.close();
                            throw e;
                        }
                        store.set(fresh);
                    }, work, closed::complete);
                } catch (RuntimeException e) {
                    closed.completeExceptionally(e);
                }
            });
            return closed.get() ? Optional.of(store.get()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.ofNullable(store.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("The damaged-desk dialog failed", e.getCause());
        } finally {
            work.shutdown();
        }
    }
}
