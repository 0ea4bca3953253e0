package org.referraldesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.store.BeforeMigration;
import org.referraldesk.store.PasswordRefused;
import org.referraldesk.store.Store;
import org.referraldesk.ui.unlock.UnlockPrompt;

/** Opens a protected desk for the window: the password dialog, each typed password tried off the FX thread. */
final class Unlock {
    private Unlock() {
    }

    /** The opened store, or empty when the owner chose Quit. */
    static Optional<Store> open(Path database, BeforeMigration before) {
        AtomicReference<Store> store = new AtomicReference<>();
        boolean opened = BeforeWindow.ask("desk-unlock", (work, closed) -> new UnlockPrompt().ask(database.toString(),
                typed -> {
                    try {
                        store.set(Store.open(database, DeskProtection.key(typed), before));
                        return true;
                    } catch (PasswordRefused wrong) {
                        return false;
                    }
                }, work, closed));
        return opened ? Optional.of(store.get()) : Optional.empty();
    }
}
