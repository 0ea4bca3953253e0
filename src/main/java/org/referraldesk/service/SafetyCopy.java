package org.referraldesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.referraldesk.store.Store;

/** The backup of what a desk holds, taken before a restore replaces it; returns where it is. */
@FunctionalInterface
public interface SafetyCopy {
    Path take();

    /**
     * A backup in the desk's backups folder ({@link BackupFolder#beside}) named after the desk and
     * the minute, {@code referral-desk-2026-03-10-0900-beforeRestore.rdbackup}; a second one in the
     * same minute gets "-2", never overwriting the first.
     */
    static SafetyCopy inBackupsFolder(Store store, DataExports exports, Clock clock) {
        return () -> {
            Path folder = BackupFolder.beside(store.file()).path();
            String desk = store.file().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
            String stem = desk + "-" + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").format(LocalDateTime.now(clock))
                    + "-beforeRestore";
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("The backups folder " + folder + " could not be made: "
                        + e.getMessage(), e);
            }
            Path file = folder.resolve(stem + BackupFolder.SUFFIX);
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(stem + "-" + n + BackupFolder.SUFFIX);
            }
            exports.backup(file);
            return file;
        };
    }
}
