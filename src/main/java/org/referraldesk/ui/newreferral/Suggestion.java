package org.referraldesk.ui.newreferral;

/**
 * A known contact offered while a name is typed: which contact it is, and what the list shows (the
 * name; for a name two contacts share, with their company, email or phone after it, so both can be told
 * apart). Picking it fills in that contact, never another of the same name.
 */
public record Suggestion(long contactId, String text) {

    /** What the list shows (the autocompletion shows a suggestion as its text). */
    @Override
    public String toString() {
        return text;
    }
}
