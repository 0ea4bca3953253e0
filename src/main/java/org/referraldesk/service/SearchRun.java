package org.referraldesk.service;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One search as the owner typed it. A newer keystroke cancels the older run: the search checks
 * between batches of stories and stops there ({@link SearchOvertaken}), never by interrupting a
 * thread (an interrupt inside H2 can damage the file).
 */
public final class SearchRun {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A run nobody cancels (the command line, a first page shown once). */
    public static SearchRun once() {
        return new SearchRun();
    }

    /** Asks the run to stop at its next check; its result, if any, is not wanted. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Stops the search here when it was cancelled. */
    void check() {
        if (cancelled.get()) {
            throw new SearchOvertaken();
        }
    }
}
