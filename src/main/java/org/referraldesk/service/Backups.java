package org.referraldesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.domain.OwnerOnly;
import org.referraldesk.store.BeforeMigration;
import org.referraldesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups in the {@code backups} folder beside the desk (ADR 0012): the same
 * .rdbackup as {@code backup FILE}, read in one snapshot transaction, written under a temporary
 * name and moved into place, then the folder rotated ({@link BackupRotation}). Taken daily at
 * start, before a migration, before a restore, on quit when anything changed, and by hand.
 */
public final class Backups {
    /** At start a backup is taken when the newest is older than this. */
    public static final Duration DAILY = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Store store;
    private final DataExports exports;
    private final Clock clock;
    private final BackupFolder folder;
    private long changesBackedUp;

    public Backups(Store store, DataExports exports, Clock clock) {
        this.store = store;
        this.exports = exports;
        this.clock = clock;
        this.folder = BackupFolder.beside(store.file());
        this.changesBackedUp = store.changes();
    }

    /** Takes a backup before each migration of an existing desk; {@code madeBy} signs it. */
    public static BeforeMigration beforeMigration(Clock clock, String madeBy) {
        return (desk, pending) -> {
            BackupFile taken = new Backups(desk, new DataExports(desk, clock, madeBy), clock)
                    .takeNow(BackupReason.BEFORE_MIGRATION);
            LOG.info("Backed up {} before migrating from schema {} to {}", taken.file(), pending.from(), pending.to());
        };
    }

    /** Takes a backup now for {@code why}, then rotates the folder; returns it. */
    public synchronized BackupFile takeNow(BackupReason why) {
        folder.create();
        long changes = store.changes();
        BackupFile taken = exports.backupFile(folder.nameFor(why, clock));
        OwnerOnly.restrictFile(taken.file());
        changesBackedUp = changes;
        rotate(taken);
        LOG.info("Backup {} taken", taken.file());
        return taken;
    }

    /** A daily backup when the newest backup is a day old or older, or there is none; empty when it is fresher. */
    public synchronized Optional<BackupFile> takeIfDue() {
        Optional<BackupFile> newest = folder.newest();
        if (newest.isPresent() && newest.get().takenAt().isAfter(clock.instant().minus(DAILY))) {
            return Optional.empty();
        }
        return Optional.of(takeNow(BackupReason.DAILY));
    }

    /** An on-quit backup when anything was stored since the last backup taken here (or since the desk opened). */
    public synchronized Optional<BackupFile> takeIfChanged() {
        if (!changedSinceLastBackup()) {
            return Optional.empty();
        }
        return Optional.of(takeNow(BackupReason.ON_QUIT));
    }

    /** Whether anything was stored since the last backup taken here, or since the desk opened. */
    public synchronized boolean changedSinceLastBackup() {
        return store.changes() != changesBackedUp;
    }

    /** The desk's backups, newest first. */
    public List<BackupFile> list() {
        return folder.list();
    }

    public BackupFolder folder() {
        return folder;
    }

    private void rotate(BackupFile taken) {
        for (BackupFile old : new BackupRotation(clock.getZone()).toDelete(folder.list(), taken, clock.instant())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("Old backup {} could not be deleted: {}", old.file(), e.getMessage());
            }
        }
    }
}
