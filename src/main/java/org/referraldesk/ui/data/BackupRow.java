package org.referraldesk.ui.data;

import java.nio.file.Path;

/** One backup as the Data screen lists it: when (in the owner's format), why, what it holds, and its file. */
public record BackupRow(String takenAt, String reason, int stories, int contacts, Path file) {
}
