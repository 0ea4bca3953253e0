package org.referraldesk.cli;

/** What the command line's exit codes mean. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad input: a one-line message on stderr, nothing written. */
    public static final int BAD_INPUT = 1;
    /** The command line itself was wrong (picocli's own code for it). */
    public static final int USAGE = 2;
    /** The database is open in another Referral Desk window or command. */
    public static final int BUSY = 3;
    /** The database does not read whole (damaged, cut short, empty or not a Referral Desk file); nothing written. */
    public static final int DAMAGED = 4;
    /** The desk is protected with a password, and it was missing or wrong: nothing was opened or changed. */
    public static final int LOCKED = 5;

    private ExitCodes() {
    }
}
