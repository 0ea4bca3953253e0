package org.referraldesk.domain;

import java.math.BigDecimal;

/** How a story ended. Never assumed: the owner closes each story with one of these. */
public sealed interface Outcome {

    Stage stage();

    /** The business was won: revenue and the profit it brought (the gift budget follows the profit). */
    record Won(BigDecimal revenue, BigDecimal profit) implements Outcome {
        public Won {
            revenue = Money.requireNonNegative("revenue", revenue, "label.revenue");
            profit = Money.requireNonNegative("profit", profit, "label.profit");
            if (profit.compareTo(revenue) > 0) {
                throw new InvalidInput("profit", "outcome.profitOverRevenue");
            }
        }

        @Override
        public Stage stage() {
            return Stage.WON;
        }
    }

    /** Not a fit for us; we may have sent the client on to someone who fits better. */
    record NotAFit(String reason, String onwardTo) implements Outcome {
        public NotAFit {
            reason = InvalidInput.requireText("reason", reason, "label.reasonNotAFit");
            onwardTo = InvalidInput.optionalLine(onwardTo);
        }

        @Override
        public Stage stage() {
            return Stage.NOT_A_FIT;
        }
    }

    /** The client chose someone else or nothing at all. */
    record Lost(String reason) implements Outcome {
        public Lost {
            reason = InvalidInput.requireText("reason", reason, "label.reasonLost");
        }

        @Override
        public Stage stage() {
            return Stage.LOST;
        }
    }
}
