package org.referraldesk.domain;

import java.math.BigDecimal;

/**
 * What one partner sent us in a year: stories received, how many were won, and the exact revenue and
 * profit of the won ones (zero when none was won); {@code hero} when they are a Hero (a won story in
 * any year, or marked by hand).
 */
public record HeroScore(long partnerId, String name, String company, int referrals, int won,
        BigDecimal revenue, BigDecimal profit, boolean hero) {

    public HeroScore {
        revenue = revenue == null ? Money.of("0") : Money.cents(revenue);
        profit = profit == null ? Money.of("0") : Money.cents(profit);
    }
}
