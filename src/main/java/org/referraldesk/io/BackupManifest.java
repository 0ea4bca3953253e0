package org.referraldesk.io;

import java.time.Instant;

/** What a backup's manifest says about it, read without reading the document. */
public record BackupManifest(Instant createdAt, String schemaVersion, int rows, int stories, int contacts) {
}
