package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/** Something the owner deleted: it waits in the trash until restored or deleted for good. */
public record TrashItem(Kind kind, long id, String label, Instant deletedAt) {

    /** What can be in the trash: MERGE is a contact merged into another (its id is the merge's). */
    public enum Kind { STORY, CONTACT, FOLLOW_UP, MERGE }

    public TrashItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
