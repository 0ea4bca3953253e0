package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Two records of one person made one: contact {@code mergedId} went to the trash and what was theirs
 * moved to {@code keptId}, whose details went from {@code before} to {@code after}. {@code keptPartner}:
 * whether the kept record was a partner before (else it became one with the merged record's settings).
 */
public record ContactMerge(long id, long keptId, long mergedId, Instant mergedAt, boolean keptPartner,
        Contact before, Contact after) {

    public ContactMerge {
        Objects.requireNonNull(mergedAt, "mergedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
