package org.referraldesk.domain;

/** Work the owner stopped on purpose; what it had done was rolled back. Not a failure to log as one. */
public abstract class Cancelled extends RuntimeException implements OwnersWords {
    private static final long serialVersionUID = 1L;

    protected Cancelled(String message) {
        super(message);
    }
}
