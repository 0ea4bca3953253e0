package org.referraldesk.domain;

import java.math.BigDecimal;

/** What the leaderboard ranks heroes by. */
public enum HeroMeasure {
    REFERRALS, REVENUE, PROFIT;

    /** The hero's number for this measure. */
    public BigDecimal of(HeroScore hero) {
        return switch (this) {
            case REFERRALS -> BigDecimal.valueOf(hero.referrals());
            case REVENUE -> hero.revenue();
            case PROFIT -> hero.profit();
        };
    }
}
