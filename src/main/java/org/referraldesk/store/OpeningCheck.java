package org.referraldesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.referraldesk.store.FileCheck.Finding;
import org.referraldesk.store.FileCheck.Found;

/**
 * What Store.open asks before H2 opens the file for writing: the quick check every time, every row
 * as well after an unclean close (H2's own "clean" mark missing) and in {@code check}. A damaged file
 * is moved aside; an empty or foreign one is refused and left as it is.
 */
final class OpeningCheck {
    private OpeningCheck() {
    }

    /** Returns when the file reads whole or is not there yet (or is held by another process, which checked it). */
    static void beforeOpening(Path base, Path file, Clock clock, DeskPassword password) {
        if (password != null) {
            return; // an encrypted file's pages cannot be read raw; H2 reads it with the password, and check reads every row
        }
        Finding finding = FileCheck.quick(file);
        refuseUnlessWhole(finding, file, clock);
        if (finding.found() == Found.WHOLE && !finding.closedCleanly()) {
            readEveryRow(base, file, clock, null);
        }
    }

    /** The full read: every page, then every row; the desk's counts when it reads whole. */
    static EveryRow.Counts readWhole(Path base, Path file, Clock clock, DeskPassword password) {
        if (password != null) {
            return readEveryRow(base, file, clock, password);
        }
        Finding finding = FileCheck.quick(file);
        if (finding.found() == Found.NONE) {
            throw new StoreUnavailable("There is no database at " + file + ".", null);
        }
        if (finding.found() == Found.HELD) {
            throw new StoreInUse("The database " + file + " is in use by another Referral Desk (a window or a "
                    + "command); close it and try again.", null);
        }
        refuseUnlessWhole(finding, file, clock);
        return readEveryRow(base, file, clock, null);
    }

    /**
     * A lock file left by a process that was killed while it served the desk: H2 refuses a read-only
     * open while it is there. It is stale when no process holds the database file itself (the quick
     * check found it free); the next read-write open writes a fresh one.
     */
    private static void removeStaleLock(Path base) {
        try {
            java.nio.file.Files.deleteIfExists(Path.of(base + ".lock.db"));
        } catch (java.io.IOException e) {
            // the read below then says the desk is in use, as H2 does
        }
    }

    private static void refuseUnlessWhole(Finding finding, Path file, Clock clock) {
        switch (finding.found()) {
            case EMPTY -> throw new DamagedStore(DamagedStore.Kind.EMPTY, file, null, finding.why());
            case FOREIGN -> throw new DamagedStore(DamagedStore.Kind.FOREIGN, file, null, finding.why());
            case DAMAGED -> throw new DamagedStore(DamagedStore.Kind.DAMAGED, file, KeptAside.move(file, clock),
                    finding.why());
            default -> {
            }
        }
    }

    private static EveryRow.Counts readEveryRow(Path base, Path file, Clock clock, DeskPassword password) {
        if (password == null) {
            removeStaleLock(base); // the quick check before found the file held by nobody
        }
        try {
            return EveryRow.read(base, password);
        } catch (SQLException | RuntimeException e) {
            if (Store.wrongPassword(e)) {
                throw new PasswordRefused("The password for " + file + " is wrong; nothing was opened.", false, e);
            }
            if (Store.heldByAnotherProcess(e)) {
                throw new StoreInUse("The database " + file + " is in use by another Referral Desk.", e);
            }
            throw new DamagedStore(DamagedStore.Kind.DAMAGED, file, KeptAside.move(file, clock),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }
}
