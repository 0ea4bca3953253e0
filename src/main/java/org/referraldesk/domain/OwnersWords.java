package org.referraldesk.domain;

/**
 * A failure whose message is written for the owner ("The database … is open in another window"):
 * the window and the command line show its message as it is. Any other exception's text (SQL, H2,
 * Java) never reaches the owner: they read one plain line, and the details go to the log.
 */
public interface OwnersWords {
}
