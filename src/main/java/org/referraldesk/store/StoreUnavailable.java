package org.referraldesk.store;

import org.referraldesk.domain.OwnersWords;

/** The database file could not be opened: in use by another window, unreadable, or too new. */
public class StoreUnavailable extends RuntimeException implements OwnersWords {
    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
