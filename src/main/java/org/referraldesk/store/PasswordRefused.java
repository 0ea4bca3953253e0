package org.referraldesk.store;

/** The desk is encrypted and the password was missing or wrong; nothing was opened or changed. */
public final class PasswordRefused extends StoreUnavailable {
    private final boolean missing;

    public PasswordRefused(String message, boolean missing, Throwable cause) {
        super(message, cause);
        this.missing = missing;
    }

    /** No password was given at all (the window then asks for one). */
    public boolean missing() {
        return missing;
    }
}
