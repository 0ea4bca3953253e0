package org.referraldesk.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code referral not-a-fit ID --reason TEXT [--onward NAME]}: ends a story as not a fit. */
@Command(name = "not-a-fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "End a story as not a fit, saying why and who you sent the client on to.")
final class ReferralNotAFitCommand implements Callable<Integer> {
    @ParentCommand
    ReferralCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The referral's id.")
    long id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it was not a fit.")
    String reason;

    @Option(names = "--onward", paramLabel = "NAME", description = "Who you sent the client on to.")
    String onward;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "When (default: now).")
    Instant at;

    @Override
    public Integer call() {
        Outcome notAFit = new Outcome.NotAFit(reason, onward);
        return new Ending(parent.desk).end(id, notAFit, at);
    }
}
