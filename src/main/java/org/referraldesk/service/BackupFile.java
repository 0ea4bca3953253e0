package org.referraldesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.referraldesk.domain.BackupReason;

/** One backup in the desk's backups folder: when it was taken and how many stories and contacts it holds. */
public record BackupFile(Path file, Instant takenAt, int stories, int contacts) {
    /** desk-2026-12-01-1230-daily.rdbackup, desk-2026-12-01-1230-daily-2.rdbackup: desk, time, reason, number. */
    static final Pattern NAME = Pattern.compile(
            "(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{4})-([a-z]+(?:-[a-z]+)*)(?:-(\\d+))?\\" + BackupFolder.SUFFIX);

    /** Why it was taken, read from its file name; empty for a backup named by someone else. */
    public Optional<BackupReason> reason() {
        Matcher name = NAME.matcher(file.getFileName().toString());
        return name.matches() ? BackupReason.ofWord(name.group(3)) : Optional.empty();
    }

    /** The desk its name says it belongs to ("desk" for desk-2026-12-01-1230-daily.rdbackup); empty if not named so. */
    Optional<String> desk() {
        Matcher name = NAME.matcher(file.getFileName().toString());
        return name.matches() && BackupReason.ofWord(name.group(3)).isPresent()
                ? Optional.of(name.group(1)) : Optional.empty();
    }
}
