package org.referraldesk.domain;

import java.math.BigDecimal;
import java.util.List;

/** The round-up's totals row: every invited partner's numbers added up, to the cent. */
public record VipTotals(int partners, int referralsSent, int won, BigDecimal revenue, BigDecimal profit,
        int sent, int accepted, int declined) {

    public static VipTotals of(List<VipLine> lines) {
        BigDecimal revenue = Money.of("0");
        BigDecimal profit = Money.of("0");
        int referrals = 0;
        int won = 0;
        int sent = 0;
        int accepted = 0;
        int declined = 0;
        for (VipLine line : lines) {
            referrals += line.referralsSent();
            won += line.won();
            revenue = revenue.add(line.revenue());
            profit = profit.add(line.profit());
            sent += line.status() == VipStatus.PLANNED ? 0 : 1;
            accepted += line.status() == VipStatus.ACCEPTED ? 1 : 0;
            declined += line.status() == VipStatus.DECLINED ? 1 : 0;
        }
        return new VipTotals(lines.size(), referrals, won, revenue, profit, sent, accepted, declined);
    }
}
