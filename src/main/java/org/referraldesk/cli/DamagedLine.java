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
            case DAMAGED -> Said.text("cli.damaged.damaged", damaged.file().toString(),
                    damaged.keptAt().map(Object::toString).orElse(damaged.file().toString()));
            case EMPTY -> Said.text("cli.damaged.empty", damaged.file().toString());
            case FOREIGN -> Said.text("cli.damaged.foreign", damaged.file().toString());
        };
        return what + " " + damaged.newestBackup().map(newest -> backup(newest, zone)).orElseGet(() -> Said.text("cli.damaged.noBackup"));
    }

    private static String backup(BackupFile newest, ZoneId zone) {
        return Said.text("cli.damaged.newest", newest.file().toString(), Printed.time(newest.takenAt(), zone),
                newest.stories(), newest.contacts());
    }
}
