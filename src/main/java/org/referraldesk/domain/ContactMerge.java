package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Two records of one person made one: contact {@code mergedId} went to the trash and what was theirs
 * moved to {@code keptId}, whose details went from {@code before} to {@code after}. {@code partnerAdded}:
 * whether the merge made the kept record a partner (it was none, the merged record was one: it took
 * the merged record's settings).
 */
public record ContactMerge(long id, long keptId, long mergedId, Instant mergedAt, boolean partnerAdded,
        Contact before, Contact after) {

    public ContactMerge {
        Objects.requireNonNull(mergedAt, "mergedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
