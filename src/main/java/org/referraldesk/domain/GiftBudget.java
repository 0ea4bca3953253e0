package org.referraldesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The suggested gift for a won story: the gift percentage of the job's profit, exact decimal
 * arithmetic, rounded half up to the currency's minor unit (cents for EUR, whole yen for JPY).
 */
public final class GiftBudget {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private GiftBudget() {
    }

    /** {@code percent} % of {@code profit} (none counts as zero), rounded half up to {@code currency}'s minor unit. */
    public static BigDecimal of(BigDecimal profit, BigDecimal percent, Currency currency) {
        BigDecimal base = profit == null ? BigDecimal.ZERO : profit;
        return base.multiply(percent).divide(HUNDRED, Currencies.minorDigits(currency), RoundingMode.HALF_UP);
    }

    /** A whole-number share, "9" for 180 of 2000; null when there was no profit to compare with. */
    public static BigDecimal shareOf(BigDecimal spent, BigDecimal profit) {
        if (profit == null || profit.signum() == 0) {
            return null;
        }
        return spent.multiply(HUNDRED).divide(profit, 0, RoundingMode.HALF_UP);
    }
}
