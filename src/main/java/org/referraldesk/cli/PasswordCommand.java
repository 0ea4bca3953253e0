package org.referraldesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code password set --new-password-file FILE | remove}: protect the desk with a password, change or remove it. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = {"Protect the desk with a password (the file and its backups are encrypted), change it, "
                + "or remove it.", "A lost password means lost data: nobody can open the desk without it."})
final class PasswordCommand {
    @ParentCommand
    DeskCommand desk;

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Protect the desk with the password in FILE (its first line), or change it; "
                    + "the current one comes from --password-file.")
    int set(@Option(names = "--new-password-file", required = true, paramLabel = "FILE") Path file) {
        String next = PasswordFile.read(file);
        desk.changePassword(next);
        desk.out.println(Said.text("cli.password.set"));
        return ExitCodes.OK;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove the password (given with --password-file): the desk is stored unencrypted again.")
    int remove() {
        desk.changePassword(null);
        desk.out.println(Said.text("cli.password.removed"));
        return ExitCodes.OK;
    }
}
