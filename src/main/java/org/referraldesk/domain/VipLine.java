package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One partner on the VIP screen: their invite of the year and what they sent us in the twelve months
 * before it (stories received, won, and the exact revenue and profit of the won ones).
 */
public record VipLine(long inviteId, long partnerId, String name, String company, int year, VipStatus status,
        Instant changedAt, Long followUpId, int referralsSent, int won, BigDecimal revenue, BigDecimal profit) {

    public VipLine {
        revenue = revenue == null ? Money.of("0") : Money.cents(revenue);
        profit = profit == null ? Money.of("0") : Money.cents(profit);
    }
}
