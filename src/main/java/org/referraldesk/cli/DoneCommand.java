package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code done FOLLOWUP-ID [--at]}: marks a follow-up done. */
@Command(name = "done", mixinStandardHelpOptions = true,
        description = "Mark a follow-up done. A done hero check-in counts as a call and restarts the check-in clock.")
final class DoneCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "FOLLOWUP-ID", description = "The follow-up's id (see 'due').")
    long id;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "When it was done (default: now).")
    Instant at;

    @Override
    public Integer call() {
        try (Services services = desk.openToWrite(at)) {
            services.followUps().complete(id, null);
        }
        desk.out.println(Said.text("cli.done", id));
        return ExitCodes.OK;
    }
}
