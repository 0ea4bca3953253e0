package org.referraldesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.VipInvite;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;

/** The annual VIP invites: one per partner and year, and the round-up's lines with each partner's numbers. */
public interface VipInviteDao {
    String COLUMNS = "id, partner_id, \"YEAR\" AS \"year\", follow_up_id, status, changed_at";

    /** Partners (not deleted) who sent at least one story received in [from, until). */
    @SqlQuery("SELECT DISTINCT r.referrer_id FROM referral r JOIN contact c ON c.id = r.referrer_id "
            + "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL "
            + "AND r.received_at >= :from AND r.received_at < :until ORDER BY r.referrer_id")
    List<Long> partnersWhoReferred(@Bind("from") Instant from, @Bind("until") Instant until);

    @SqlUpdate("INSERT INTO vip_invite (partner_id, \"YEAR\", follow_up_id, status, changed_at) "
            + "VALUES (:v.partnerId, :v.year, :v.followUpId, :v.status, :v.changedAt)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("v") VipInvite invite);

    @SqlQuery("SELECT " + COLUMNS + " FROM vip_invite WHERE id = :id")
    @RegisterConstructorMapper(VipInvite.class)
    Optional<VipInvite> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM vip_invite WHERE \"YEAR\" = :year ORDER BY id")
    @RegisterConstructorMapper(VipInvite.class)
    List<VipInvite> ofYear(@Bind("year") int year);

    @SqlUpdate("UPDATE vip_invite SET status = :status, changed_at = :at WHERE id = :id")
    void changeStatus(@Bind("id") long id, @Bind("status") VipStatus status, @Bind("at") Instant at);

    /** The years that have invites, newest first. */
    @SqlQuery("SELECT DISTINCT \"YEAR\" FROM vip_invite ORDER BY \"YEAR\" DESC")
    List<Integer> years();

    /**
     * The invites of a year, each with the partner's stories received in [from, until): how many,
     * how many won, and the won ones' revenue and profit. Alphabetical by name.
     */
    @SqlQuery("SELECT v.id AS invite_id, v.partner_id, c.name, c.company, v.\"YEAR\" AS \"year\", v.status, v.changed_at, "
            + "v.follow_up_id, COALESCE(t.referrals_sent, 0) AS referrals_sent, COALESCE(t.won, 0) AS won, "
            + "COALESCE(t.revenue, 0) AS revenue, COALESCE(t.profit, 0) AS profit "
            + "FROM vip_invite v JOIN contact c ON c.id = v.partner_id "
            + "LEFT JOIN (SELECT referrer_id, COUNT(*) AS referrals_sent, "
            + "SUM(CASE WHEN stage = 'WON' THEN 1 ELSE 0 END) AS won, "
            + "SUM(CASE WHEN stage = 'WON' THEN revenue END) AS revenue, "
            + "SUM(CASE WHEN stage = 'WON' THEN profit END) AS profit "
            + "FROM referral WHERE deleted_at IS NULL AND received_at >= :from AND received_at < :until "
            + "GROUP BY referrer_id) t ON t.referrer_id = v.partner_id "
            + "WHERE v.\"YEAR\" = :year AND c.deleted_at IS NULL ORDER BY c.name_key, c.id")
    @RegisterConstructorMapper(VipLine.class)
    List<VipLine> lines(@Bind("year") int year, @Bind("from") Instant from, @Bind("until") Instant until);
}
