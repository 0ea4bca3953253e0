package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.referraldesk.cli.DeskUnavailable;
import org.referraldesk.service.Backups;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreInUse;
import org.referraldesk.store.StoreUnavailable;

/** Opens the database for one command: the same {@link Services} the window uses, at the command's clock. */
final class StoreDesk {
    private StoreDesk() {
    }

    /** Opens the database for a command; a file held by another process is "busy" (exit code 3). */
    static Services open(Path database, Clock clock, String madeBy) {
        Path db = database.toAbsolutePath();
        if (db.getParent() != null) {
            System.setProperty("rd.logDir", db.getParent().toString());
        }
        try {
            return Services.on(Store.open(db, Backups.beforeMigration(clock, madeBy)), clock, madeBy);
        } catch (StoreInUse e) {
            throw new DeskUnavailable(e.getMessage(), true, e);
        } catch (StoreUnavailable e) {
            throw new DeskUnavailable(e.getMessage(), false, e);
        }
    }
}
