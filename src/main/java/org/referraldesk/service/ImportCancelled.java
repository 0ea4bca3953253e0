package org.referraldesk.service;

import org.referraldesk.domain.Cancelled;

/** The owner cancelled an import: its transaction was rolled back, nothing of it is stored. */
public final class ImportCancelled extends Cancelled {
    private static final long serialVersionUID = 1L;

    public ImportCancelled(int rowsDone, int total) {
        super("Import cancelled after " + rowsDone + " of " + total + " rows; nothing was imported.");
    }
}
