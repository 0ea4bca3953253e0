package org.referraldesk.cli;

/** The desk is protected and its password was missing or wrong: exit code 5, nothing touched. */
public final class DeskLocked extends RuntimeException implements org.referraldesk.domain.OwnersWords {
    public DeskLocked(String message, Throwable cause) {
        super(message, cause);
    }
}
