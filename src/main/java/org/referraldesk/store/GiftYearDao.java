package org.referraldesk.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.referraldesk.domain.Gift;

/** Gift spend and won profit over a stretch of time: per partner, or for everyone. */
public interface GiftYearDao {

    @SqlQuery("SELECT COALESCE(SUM(amount), 0) FROM gift WHERE partner_id = :id AND given_on BETWEEN :from AND :to")
    BigDecimal spentBy(@Bind("id") long partnerId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT COALESCE(SUM(g.amount), 0) FROM gift g JOIN contact c ON c.id = g.partner_id "
            + "WHERE c.deleted_at IS NULL AND g.given_on BETWEEN :from AND :to")
    BigDecimal spentByAll(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** Profit of the partner's stories closed as won from {@code from} (inclusive) to {@code to} (exclusive). */
    @SqlQuery("SELECT COALESCE(SUM(profit), 0) FROM referral WHERE referrer_id = :id AND stage = 'WON' "
            + "AND deleted_at IS NULL AND closed_at >= :from AND closed_at < :to")
    BigDecimal profitFrom(@Bind("id") long partnerId, @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT COALESCE(SUM(profit), 0) FROM referral WHERE stage = 'WON' "
            + "AND deleted_at IS NULL AND closed_at >= :from AND closed_at < :to")
    BigDecimal profitFromAll(@Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT id, partner_id, referral_id, given_on, description, amount FROM gift "
            + "WHERE referral_id = :id ORDER BY given_on, id")
    List<Gift> forStory(@Bind("id") long referralId);
}
