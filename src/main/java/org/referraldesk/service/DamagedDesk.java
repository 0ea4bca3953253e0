package org.referraldesk.service;

import java.nio.file.Path;
import java.util.Optional;
import org.referraldesk.store.DamagedStore;

/**
 * The desk's file did not read whole and was not opened (nothing was written to it): what was found,
 * where the file is now, and the newest backup the owner can restore instead.
 */
public final class DamagedDesk extends RuntimeException {
    /** Damaged or cut short (moved aside), empty (0 bytes, left as it is), or not a Referral Desk file (left as it is). */
    public enum Kind { DAMAGED, EMPTY, FOREIGN }

    private final Kind kind;
    private final Path file;
    private final Path keptAt;
    private final BackupFile newest;

    private DamagedDesk(Kind kind, Path file, Path keptAt, BackupFile newest, Throwable cause) {
        super(kind + " " + file, cause);
        this.kind = kind;
        this.file = file;
        this.keptAt = keptAt;
        this.newest = newest;
    }

    /** The store's finding with the newest backup beside the desk. */
    public static DamagedDesk of(DamagedStore found) {
        Kind kind = Kind.valueOf(found.kind().name());
        BackupFile newest = BackupFolder.beside(found.file()).newest().orElse(null);
        return new DamagedDesk(kind, found.file(), found.keptAt().orElse(null), newest, found);
    }

    public Kind kind() {
        return kind;
    }

    /** The desk's own place (where a restored desk is built). */
    public Path file() {
        return file;
    }

    /** Where the damaged file was moved, kept byte for byte; empty when it was left where it is. */
    public Optional<Path> keptAt() {
        return Optional.ofNullable(keptAt);
    }

    /** The newest backup beside the desk, if any. */
    public Optional<BackupFile> newestBackup() {
        return Optional.ofNullable(newest);
    }

    /** Whether a backup can be restored in the desk's place: the damaged file is out of the way and a backup exists. */
    public boolean canRestore() {
        return keptAt != null && newest != null;
    }
}
