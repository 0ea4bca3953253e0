package org.referraldesk.domain;

import java.util.Objects;

/** Two records on the desk that the import's duplicate rule says are one person, and why. */
public record LikelyDuplicate(Contact first, Contact second, Reason reason) {

    /** Which rule matched. */
    public enum Reason { SAME_EMAIL, SAME_NAME_AND_PHONE }

    public LikelyDuplicate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(reason, "reason");
    }
}
