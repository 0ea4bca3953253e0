package org.referraldesk.service;

import org.referraldesk.domain.Cancelled;

/** A search stopped because a newer keystroke started another: its result is dropped, nothing is wrong. */
public final class SearchOvertaken extends Cancelled {
    private static final long serialVersionUID = 1L;

    SearchOvertaken() {
        super("A newer search took this one's place.");
    }
}
