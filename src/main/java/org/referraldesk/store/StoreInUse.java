package org.referraldesk.store;

/** The database file is held by another process (a Referral Desk window or command): try again later. */
public final class StoreInUse extends StoreUnavailable {
    public StoreInUse(String message, Throwable cause) {
        super(message, cause);
    }
}
