package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.referraldesk.ui.rescue.RescuePrompt;

/**
 * A desk file that did not read whole, for the window: the dialog offers the newest backup, and
 * restoring it builds a new desk at the desk's own place (the damaged file was moved aside) off the
 * FX thread, then the window opens on it.
 */
final class Rescue {
    private Rescue() {
    }

    /** The desk restored from the newest backup, or empty when the owner chose Quit. */
    static Optional<Store> offer(Path database, DamagedDesk damaged, Clock clock, String madeBy) {
        AtomicReference<Store> store = new AtomicReference<>();
        boolean restored = BeforeWindow.ask("desk-rescue", (work, closed) -> new RescuePrompt().offer(damaged,
                backup -> {
                    Store fresh = Store.open(database);
                    try {
                        Services.on(fresh, clock, madeBy).restore().restore(backup.file(), false);
                    } catch (RuntimeException e) {
                        fresh.close();
                        throw e;
                    }
                    store.set(fresh);
                }, work, closed));
        return restored ? Optional.of(store.get()) : Optional.empty();
    }
}
