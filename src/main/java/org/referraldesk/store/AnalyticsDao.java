package org.referraldesk.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.ChannelMonth;
import org.referraldesk.domain.Conversion;
import org.referraldesk.domain.FollowThrough;
import org.referraldesk.domain.HeroScore;
import org.referraldesk.domain.ResponseTimes;
import org.referraldesk.domain.ThankYouTimes;

/**
 * The leaderboard's figures for the stories received in [from, until), counted by the database.
 * The service passes the bounds of the owner's year (and months) as instants.
 */
public interface AnalyticsDao extends SqlObject {

    /** The year's live stories {@code r}. */
    String IN_YEAR = "r.deleted_at IS NULL AND r.received_at >= :from AND r.received_at < :until";

    /** Every partner who sent a story in the year, with their wins and the won stories' money. */
    @SqlQuery("SELECT c.id AS partner_id, c.name, c.company, COUNT(*) AS referrals, "
            + "SUM(CASE WHEN r.stage = 'WON' THEN 1 ELSE 0 END) AS won, "
            + "SUM(CASE WHEN r.stage = 'WON' THEN r.revenue END) AS revenue, "
            + "SUM(CASE WHEN r.stage = 'WON' THEN r.profit END) AS profit, "
            + "(COALESCE((SELECT p.hero_by_hand FROM partner p WHERE p.contact_id = c.id), FALSE) OR EXISTS ("
            + "SELECT 1 FROM referral w WHERE w.referrer_id = c.id AND w.stage = 'WON' AND w.deleted_at IS NULL)) "
            + "AS hero "
            + "FROM referral r JOIN contact c ON c.id = r.referrer_id "
            + "WHERE " + IN_YEAR + " AND c.deleted_at IS NULL "
            + "GROUP BY c.id, c.name, c.company, c.name_key ORDER BY c.name_key, c.id")
    @RegisterConstructorMapper(HeroScore.class)
    List<HeroScore> heroes(@Bind("from") Instant from, @Bind("until") Instant until);

    /** The year's stories by how they ended (open: not ended yet). */
    @SqlQuery("SELECT COALESCE(SUM(CASE WHEN r.stage = 'WON' THEN 1 ELSE 0 END), 0) AS won, "
            + "COALESCE(SUM(CASE WHEN r.stage = 'NOT_A_FIT' THEN 1 ELSE 0 END), 0) AS not_a_fit, "
            + "COALESCE(SUM(CASE WHEN r.stage = 'LOST' THEN 1 ELSE 0 END), 0) AS lost, "
            + "COALESCE(SUM(CASE WHEN r.stage NOT IN ('WON', 'NOT_A_FIT', 'LOST') THEN 1 ELSE 0 END), 0) AS open "
            + "FROM referral r WHERE " + IN_YEAR)
    @RegisterConstructorMapper(Conversion.class)
    Conversion conversion(@Bind("from") Instant from, @Bind("until") Instant until);

    /**
     * Each story's first response (its earliest done RESPOND_TO_CLIENT follow-up) and its THANK_REFERRER
     * follow-ups, read in one pass over the year's stories; the database counts them and takes the median
     * response time. {@code now} decides which thank-yous are overdue and which stories are still inside
     * their first day.
     */
    default FollowThrough followThrough(Instant from, Instant until, Instant now) {
        String thank = "f.kind = 'THANK_REFERRER' AND ";
        String perStory = "SELECT r.received_at, "
                + "DATEDIFF('SECOND', r.received_at, MIN(CASE WHEN f.kind = 'RESPOND_TO_CLIENT' THEN f.done_at END)) AS d, "
                + "SUM(CASE WHEN " + thank + "f.done_at <= f.due_at THEN 1 ELSE 0 END) AS on_time, "
                + "SUM(CASE WHEN " + thank + "f.done_at > f.due_at THEN 1 ELSE 0 END) AS late, "
                + "SUM(CASE WHEN " + thank + "f.done_at IS NULL AND (f.skipped_at IS NOT NULL OR f.due_at < :now) "
                + "THEN 1 ELSE 0 END) AS not_done, "
                + "SUM(CASE WHEN " + thank + "f.done_at IS NULL AND f.skipped_at IS NULL AND f.due_at >= :now "
                + "THEN 1 ELSE 0 END) AS pending "
                + "FROM referral r LEFT JOIN follow_up f ON f.referral_id = r.id "
                + "AND f.kind IN ('RESPOND_TO_CLIENT', 'THANK_REFERRER') AND f.deleted_at IS NULL "
                + "WHERE " + IN_YEAR + " GROUP BY r.id, r.received_at";
        return getHandle().createQuery("SELECT COUNT(t.d) AS answered, "
                + "COALESCE(SUM(CASE WHEN t.d <= 86400 THEN 1 ELSE 0 END), 0) AS within_a_day, "
                + "COALESCE(SUM(CASE WHEN t.d IS NULL AND t.received_at <= :dayAgo THEN 1 ELSE 0 END), 0) AS unanswered, "
                + "COALESCE(SUM(CASE WHEN t.d IS NULL AND t.received_at > :dayAgo THEN 1 ELSE 0 END), 0) AS waiting, "
                + "MEDIAN(CASE WHEN t.d < 0 THEN 0 ELSE t.d END) AS median_seconds, "
                + "COALESCE(SUM(t.on_time), 0) AS on_time, COALESCE(SUM(t.late), 0) AS late, "
                + "COALESCE(SUM(t.not_done), 0) AS not_done, COALESCE(SUM(t.pending), 0) AS pending "
                + "FROM (" + perStory + ") t")
                .bind("from", from).bind("until", until).bind("now", now)
                .bind("dayAgo", now.minus(ResponseTimes.A_DAY))
                .map((rs, ctx) -> {
                    BigDecimal median = rs.getBigDecimal("median_seconds");
                    return new FollowThrough(new ResponseTimes(rs.getInt("answered"), rs.getInt("within_a_day"),
                            rs.getInt("unanswered"), rs.getInt("waiting"), median == null ? null
                                    : Duration.ofMillis(median.movePointRight(3).longValue())),
                            new ThankYouTimes(rs.getInt("on_time"), rs.getInt("late"), rs.getInt("not_done"),
                                    rs.getInt("pending")));
                }).one();
    }

    /**
     * The year's stories per month and channel: {@code monthStarts} are the instants the owner's twelve
     * months begin, {@code until} where the last one ends. Months without stories are left out.
     */
    default List<ChannelMonth> monthly(List<Instant> monthStarts, Instant until) {
        StringBuilder month = new StringBuilder("CASE");
        for (int m = monthStarts.size() - 1; m > 0; m--) {
            month.append(" WHEN r.received_at >= :m").append(m).append(" THEN ").append(m + 1);
        }
        month.append(" ELSE 1 END");
        Query query = getHandle().createQuery("SELECT t.mon, t.channel, COUNT(*) AS referrals FROM "
                + "(SELECT " + month + " AS mon, r.channel FROM referral r WHERE " + IN_YEAR + ") t "
                + "GROUP BY t.mon, t.channel ORDER BY t.mon, t.channel")
                .bind("from", monthStarts.get(0)).bind("until", until);
        for (int m = 1; m < monthStarts.size(); m++) {
            query.bind("m" + m, monthStarts.get(m));
        }
        return query.map((rs, ctx) -> new ChannelMonth(rs.getInt("mon"), Channel.valueOf(rs.getString("channel")),
                rs.getInt("referrals"))).list();
    }

    /** When the first live story arrived; empty on an empty desk. */
    @SqlQuery("SELECT received_at FROM referral WHERE deleted_at IS NULL ORDER BY received_at LIMIT 1")
    Optional<Instant> firstReceived();

    /** When the latest live story arrived. */
    @SqlQuery("SELECT received_at FROM referral WHERE deleted_at IS NULL ORDER BY received_at DESC LIMIT 1")
    Optional<Instant> lastReceived();

    /** Whether any live story arrived in [from, until). */
    @SqlQuery("SELECT COUNT(*) > 0 FROM (SELECT 1 FROM referral r WHERE " + IN_YEAR + " LIMIT 1) t")
    boolean anyReceived(@Bind("from") Instant from, @Bind("until") Instant until);
}
