package org.referraldesk.cli;

/** The database could not be opened: busy (held by another window or command) or unreadable. */
public final class DeskUnavailable extends RuntimeException implements org.referraldesk.domain.OwnersWords {
    private final boolean busy;

    public DeskUnavailable(String message, boolean busy, Throwable cause) {
        super(message, cause);
        this.busy = busy;
    }

    /** Held by another process: exit code 3, try again later. */
    public boolean busy() {
        return busy;
    }
}
