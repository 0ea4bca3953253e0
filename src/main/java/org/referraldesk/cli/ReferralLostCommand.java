package org.referraldesk.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code referral lost ID --reason TEXT}: ends a story as lost. */
@Command(name = "lost", mixinStandardHelpOptions = true, sortOptions = false,
        description = "End a story as lost, saying why.")
final class ReferralLostCommand implements Callable<Integer> {
    @ParentCommand
    ReferralCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The referral's id.")
    long id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it was lost.")
    String reason;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "When (default: now).")
    Instant at;

    @Override
    public Integer call() {
        Outcome lost = new Outcome.Lost(reason);
        return new Ending(parent.desk).end(id, lost, at);
    }
}
