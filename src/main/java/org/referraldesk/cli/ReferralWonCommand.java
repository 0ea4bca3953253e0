package org.referraldesk.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code referral won ID --revenue N --profit N}: ends a story as won. */
@Command(name = "won", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"End a story as won, with its revenue and profit.",
            "The gift budget follows the profit (the gift percentage of it) when the partner allows gifts."})
final class ReferralWonCommand implements Callable<Integer> {
    @ParentCommand
    ReferralCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The referral's id.")
    long id;

    @Option(names = "--revenue", required = true, paramLabel = "N", description = "The job's revenue, e.g. 5000.00.")
    BigDecimal revenue;

    @Option(names = "--profit", required = true, paramLabel = "N", description = "The job's profit, e.g. 1500.00.")
    BigDecimal profit;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "When it was won (default: now).")
    Instant at;

    @Override
    public Integer call() {
        Outcome won = new Outcome.Won(revenue, profit);
        return new Ending(parent.desk).end(id, won, at);
    }
}
