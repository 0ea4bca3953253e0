package org.referraldesk.domain;

import java.math.BigDecimal;

/**
 * One year of gifts, for one partner or for all: what was spent on gifts given that year, against the
 * profit that year's won stories brought (stories closed as won in that year).
 */
public record GiftYear(int year, BigDecimal spent, BigDecimal profit) {

    public GiftYear {
        spent = spent == null ? Money.of("0") : Money.cents(spent);
        profit = profit == null ? Money.of("0") : Money.cents(profit);
    }

    /** The spend as a whole percentage of the profit; null when there was no profit. */
    public BigDecimal share() {
        return GiftBudget.shareOf(spent, profit);
    }
}
