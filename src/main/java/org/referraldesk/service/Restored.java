package org.referraldesk.service;

import java.nio.file.Path;
import org.referraldesk.io.ExportDocument;

/**
 * What a restore put back: every row, and how many of them are stories, contacts, follow-ups, touches
 * and gifts; {@code safetyCopy} is the backup of what the desk held before (null when nothing was replaced).
 */
public record Restored(int rows, int stories, int contacts, int followUps, int touches, int gifts, Path safetyCopy) {

    static Restored of(ExportDocument document, Path safetyCopy) {
        return new Restored(document.rowCount(), document.rowsOf("referral"), document.rowsOf("contact"),
                document.rowsOf("follow_up"), document.rowsOf("touch"), document.rowsOf("gift"), safetyCopy);
    }
}
