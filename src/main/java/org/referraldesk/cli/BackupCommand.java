package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup FILE}: everything in one .rdbackup file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up everything to one file (a zip holding the JSON export and a manifest).",
            "Name it e.g. desk-2026-03-11.rdbackup; 'restore' reads it."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write.")
    Path file;

    @Override
    public Integer call() {
        int rows;
        try (Services services = desk.open(null)) {
            rows = services.exports().backup(file);
        }
        desk.out.println("Backed up " + rows + " rows to " + file + ".");
        return ExitCodes.OK;
    }
}
