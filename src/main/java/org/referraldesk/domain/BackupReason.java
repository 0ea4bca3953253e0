package org.referraldesk.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a backup in the desk's backups folder was taken; the word after the time in its file name
 * ({@code desk-2026-12-01-1230-daily.rdbackup}). Daily, on-quit and by-hand backups are kept by the
 * daily and weekly rotation; the safety copies before a migration or a restore are kept 30 days.
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

    /** Whether it is a safety copy taken before a change to the whole desk (kept by age, not by day). */
    public boolean safetyCopy() {
        return this == BEFORE_MIGRATION || this == BEFORE_RESTORE;
    }

    public static Optional<BackupReason> ofWord(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }
}
