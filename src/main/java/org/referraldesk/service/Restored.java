package org.referraldesk.service;

import org.referraldesk.io.ExportDocument;

/** What a restore put back: every row, and how many of them are stories, contacts, follow-ups, touches and gifts. */
public record Restored(int rows, int stories, int contacts, int followUps, int touches, int gifts) {

    static Restored of(ExportDocument document) {
        return new Restored(document.rowCount(), document.rowsOf("referral"), document.rowsOf("contact"),
                document.rowsOf("follow_up"), document.rowsOf("touch"), document.rowsOf("gift"));
    }
}
