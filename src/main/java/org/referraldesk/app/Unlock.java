package org.referraldesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.store.PasswordRefused;
import org.referraldesk.store.Store;
import org.referraldesk.ui.unlock.UnlockPrompt;

/**
 * Opens a protected desk for the window: asks for the password on the FX thread, tries it on the
 * launcher's thread (the FX thread never waits on the disk), and asks again after a wrong one.
 */
final class Unlock {
    private Unlock() {
    }

    /** The opened store, or empty when the owner chose Quit; other failures are thrown as by Store.open. */
    static Optional<Store> open(Path database) {
        boolean wrongBefore = false;
        while (true) {
            Optional<String> typed = ask(database, wrongBefore);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Store.open(database, DeskProtection.key(typed.get())));
            } catch (PasswordRefused wrong) {
                wrongBefore = true;
            }
        }
    }

    private static Optional<String> ask(Path database, boolean wrongBefore) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        FxStart.run(() -> {
            try {
                answer.complete(new UnlockPrompt().ask(database.toString(), wrongBefore));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The password dialog failed", e.getCause());
        }
    }
}
