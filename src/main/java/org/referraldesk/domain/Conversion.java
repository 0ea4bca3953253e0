package org.referraldesk.domain;

import java.util.OptionalDouble;

/**
 * How the year's stories ended. Closed means won, not a fit or lost: a not-a-fit story counts as
 * closed and not won (we could not take the job), so the conversion is won / (won + not a fit + lost).
 * Open stories do not count either way.
 */
public record Conversion(int won, int notAFit, int lost, int open) {

    public int closed() {
        return won + notAFit + lost;
    }

    public int stories() {
        return closed() + open;
    }

    /** Won out of closed, 0..1; empty while no story has closed. */
    public OptionalDouble rate() {
        return closed() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) won / closed());
    }
}
