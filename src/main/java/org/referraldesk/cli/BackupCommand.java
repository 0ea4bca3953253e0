package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup FILE}: everything in one .rdbackup file; {@code backup list}: the automatic ones. */
@Command(name = "backup", mixinStandardHelpOptions = true, subcommands = BackupListCommand.class,
        description = {"Back up everything to one file (a zip holding the JSON export and a manifest).",
            "Name it e.g. desk-2026-03-11.rdbackup; 'restore' reads it.",
            "Automatic backups are kept in the backups folder beside the database: 'backup list' shows them."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The backup file to write.")
    Path file;

    @Override
    public Integer call() {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), Said.text("cli.backup.missingFile"));
        }
        int rows;
        try (Services services = desk.open(null)) {
            rows = services.exports().backup(file);
        }
        desk.out.println(Said.text("cli.backup.done", rows, file.toString()));
        return ExitCodes.OK;
    }
}
