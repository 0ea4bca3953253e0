package org.referraldesk.cli;

import org.referraldesk.service.Restored;
import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code restore FILE [--replace]}: a backup or JSON export back into the desk. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup (.rdbackup) or a JSON export back, all of it in one step.",
            "Into a desk without contacts or stories; with --replace, everything the desk holds is replaced,",
            "after a backup of it in the backups folder beside the database. The file is checked whole first;",
            "the new desk is built beside the old one and swapped in at once, so an interrupted restore leaves",
            "the old desk as it was."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .rdbackup or .json file to read.")
    Path file;

    @Option(names = "--replace", description = "Replace the desk's contacts and stories (all data) with the file's.")
    boolean replace;

    @Override
    public Integer call() {
        Restored put;
        try (Services services = desk.open(null)) {
            put = services.restore().restore(file, replace);
        }
        desk.out.println(Said.text("cli.restore.done", put.rows(), file.toString()));
        if (put.safetyCopy() != null) {
            desk.out.println(Said.text("cli.restore.safetyCopy", String.valueOf(put.safetyCopy())));
        }
        return ExitCodes.OK;
    }
}
