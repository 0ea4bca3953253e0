package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.referraldesk.cli.DeskLocked;
import org.referraldesk.cli.DeskUnavailable;
import org.referraldesk.service.Backups;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.service.Services;
import org.referraldesk.store.DamagedStore;
import org.referraldesk.store.PasswordRefused;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreInUse;
import org.referraldesk.store.StoreUnavailable;

/** Opens the database for one command: the same {@link Services} the window uses, at the command's clock. */
final class StoreDesk {
    private StoreDesk() {
    }

    /** Opens the database for a command; a file held by another process is "busy" (exit code 3). */
    static Services open(Path database, String password, Clock clock, String madeBy) {
        Path db = database.toAbsolutePath();
        if (db.getParent() != null) {
            System.setProperty("rd.logDir", db.getParent().toString());
        }
        try {
            Services services = Services.on(Store.open(db, DeskProtection.key(password),
                    Backups.beforeMigration(clock, madeBy)), clock, madeBy);
            if (!services.store().readOnly()) {
                services.templates().followLanguage(java.util.Locale.getDefault()); // ADR 0019
            }
            return services;
        } catch (PasswordRefused e) {
            throw locked(e);
        } catch (DamagedStore e) {
            throw DamagedDesk.of(e);
        } catch (StoreInUse e) {
            throw new DeskUnavailable(e.getMessage(), true, e);
        } catch (StoreUnavailable e) {
            throw new DeskUnavailable(e.getMessage(), false, e);
        }
    }

    /** {@code password set|remove}: changes the closed desk's password (null {@code next} removes it). */
    static void changePassword(Path database, String current, String next) {
        try {
            if (next == null) {
                DeskProtection.remove(database, current);
            } else {
                DeskProtection.protect(database, current, next);
            }
        } catch (PasswordRefused e) {
            throw locked(e);
        } catch (StoreInUse e) {
            throw new DeskUnavailable(e.getMessage(), true, e);
        } catch (StoreUnavailable e) {
            throw new DeskUnavailable(e.getMessage(), false, e);
        }
    }

    private static DeskLocked locked(PasswordRefused e) {
        return new DeskLocked(e.missing()
                ? e.getMessage() + " Give its password with --password-file FILE (or " + "REFERRAL_DESK_PASSWORD_FILE)."
                : e.getMessage(), e);
    }
}
