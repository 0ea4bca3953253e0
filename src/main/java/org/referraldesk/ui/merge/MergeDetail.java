package org.referraldesk.ui.merge;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One detail of the two records side by side (name, company, email, phone, address, notes): each
 * record's value and whether the merge takes the other record's. Only a differing value can be picked.
 */
public final class MergeDetail {
    private final String label;
    private final String kept;
    private final String other;
    private final BooleanProperty fromOther = new SimpleBooleanProperty();

    MergeDetail(String label, String kept, String other) {
        this.label = label;
        this.kept = kept;
        this.other = other;
        fromOther.set(kept == null && other != null);
    }

    public String label() {
        return label;
    }

    /** The kept record's value, null when it has none. */
    public String kept() {
        return kept;
    }

    /** The other record's value, null when it has none. */
    public String other() {
        return other;
    }

    /** Whether the owner can choose between two values. */
    public boolean choice() {
        return other != null && !other.equals(kept);
    }

    public BooleanProperty fromOtherProperty() {
        return fromOther;
    }

    /** The value the merge keeps. */
    String chosen() {
        return fromOther.get() ? other : kept;
    }
}
