package org.referraldesk.store;

/** The database file could not be opened: in use by another window, unreadable, or too new. */
public class StoreUnavailable extends RuntimeException {
    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
