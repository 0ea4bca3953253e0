package org.referraldesk.service;

import java.nio.file.Path;
import org.referraldesk.store.DamagedStore;
import org.referraldesk.store.DeskCounts;
import org.referraldesk.store.PasswordRefused;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreInUse;
import org.referraldesk.store.StoreUnavailable;

/** {@code check}: reads every page and every row of a desk without writing; a damaged one is moved aside. */
public final class DeskCheck {
    /** A desk that reads whole: how many stories and contacts it holds. */
    public record Whole(int stories, int contacts) {
    }

    /** The desk could not be read at all: held by another window or command (busy), or missing. */
    public static final class Unreadable extends RuntimeException implements org.referraldesk.domain.OwnersWords {
        private final boolean busy;
        private final boolean locked;

        Unreadable(String message, boolean busy, boolean locked, Throwable cause) {
            super(message, cause);
            this.busy = busy;
            this.locked = locked;
        }

        public boolean busy() {
            return busy;
        }

        /** Protected with a password that was missing or wrong. */
        public boolean locked() {
            return locked;
        }
    }

    private DeskCheck() {
    }

    /** The desk's counts when it reads whole; throws {@link DamagedDesk} when it does not. */
    public static Whole readWhole(Path database, String password) {
        try {
            DeskCounts counts = Store.readWhole(database, DeskProtection.key(password));
            return new Whole(counts.stories(), counts.contacts());
        } catch (DamagedStore e) {
            throw DamagedDesk.of(e);
        } catch (PasswordRefused e) {
            throw new Unreadable(e.missing() ? e.getMessage() + " Give its password with --password-file FILE." 
                    : e.getMessage(), false, true, e);
        } catch (StoreUnavailable e) {
            throw new Unreadable(e.getMessage(), e instanceof StoreInUse, false, e);
        }
    }
}
