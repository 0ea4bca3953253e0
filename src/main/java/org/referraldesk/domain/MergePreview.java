package org.referraldesk.domain;

import java.util.Objects;

/** Two records of one person side by side before they are merged: the one kept and the other. */
public record MergePreview(MergeSide keep, MergeSide other) {

    public MergePreview {
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(other, "other");
    }

    /**
     * The details a merge keeps unless the owner picks others: the kept record's, each empty one
     * filled from the other record, so nothing the desk knows is lost.
     */
    public Contact proposed() {
        Contact k = keep.contact();
        Contact o = other.contact();
        return new Contact(k.id(), k.name(), or(k.company(), o.company()), or(k.email(), o.email()),
                or(k.phone(), o.phone()), or(k.address(), o.address()), or(k.notes(), o.notes()));
    }

    private static String or(String kept, String other) {
        return kept != null ? kept : other;
    }
}
