package org.referraldesk.service;

import java.nio.file.Path;
import java.time.Instant;

/** One backup in the desk's backups folder: when it was taken and how many stories and contacts it holds. */
public record BackupFile(Path file, Instant takenAt, int stories, int contacts) {
}
