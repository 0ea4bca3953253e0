package org.referraldesk.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a backup in the desk's backups folder was taken; the word after the time in its file name
 * ({@code desk-2026-12-01-1230-daily.rdbackup}). Daily and on-quit backups are kept by the daily
 * and weekly rotation; by-hand ones and the safety copies before a migration or a restore, 30 days.
 */
public enum BackupReason {
    DAILY("daily"),
    BEFORE_MIGRATION("before-migration"),
    BEFORE_RESTORE("before-restore"),
    ON_QUIT("on-quit"),
    BY_HAND("by-hand");

    private final String word;

    BackupReason(String word) {
        this.word = word;
    }

    /** The word in the file name, e.g. "before-migration". */
    public String word() {
        return word;
    }

    /** Whether the daily and weekly rotation thins these out; the others are kept by age. */
    public boolean rotatedByDay() {
        return this == DAILY || this == ON_QUIT;
    }

    public static Optional<BackupReason> ofWord(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }
}
