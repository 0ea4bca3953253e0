package org.referraldesk.cli;

import java.time.ZoneId;
import org.referraldesk.service.BackupFile;
import org.referraldesk.service.DamagedDesk;

/** The one line a damaged, empty or foreign desk gets: where the file is now and the newest backup. */
public final class DamagedLine {
    private DamagedLine() {
    }

    public static String of(DamagedDesk damaged, ZoneId zone) {
        String what = switch (damaged.kind()) {
            case DAMAGED -> "The database " + damaged.file() + " is damaged and was not opened; it is kept as it was in "
                    + damaged.keptAt().map(Object::toString).orElse(damaged.file().toString()) + ".";
            case EMPTY -> "The database " + damaged.file() + " is empty (0 bytes); it was refused and left as it is.";
            case FOREIGN -> "The file " + damaged.file() + " is not a Referral Desk database; it was refused and left "
                    + "as it is.";
        };
        return what + " " + damaged.newestBackup().map(newest -> backup(newest, zone)).orElse("There is no backup to restore.");
    }

    private static String backup(BackupFile newest, ZoneId zone) {
        return "The newest backup is " + newest.file() + " of " + Printed.time(newest.takenAt(), zone)
                + " (" + newest.stories() + " stories, " + newest.contacts() + " contacts; changes after it are lost): "
                + "referral-desk restore --replace " + newest.file();
    }
}
