package org.referraldesk.cli;

import java.util.concurrent.Callable;
import org.referraldesk.service.DeskCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code check}: reads every row of every table without writing; exit 0 when the desk reads whole, 4 when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read the whole database (every page, every row of every table) without writing to it.",
            "Exit code 0 when it reads whole; 4 when it is damaged (it is then moved aside, byte for byte, "
                + "and the newest backup is named)."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Override
    public Integer call() {
        DeskCheck.Whole whole = DeskCheck.readWhole(desk.database(), desk.password());
        desk.out.println(Said.text("cli.check.whole", whole.stories(), whole.contacts()));
        return ExitCodes.OK;
    }
}
