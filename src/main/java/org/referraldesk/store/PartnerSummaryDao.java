package org.referraldesk.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.domain.ReferralSummary;

/**
 * The partners list read in one query: each partner's referrals, wins, revenue and profit from their
 * won stories, last touch and next check-in (the open hero check-in's effective due time).
 */
public interface PartnerSummaryDao {

    /** An open follow-up {@code f}: neither done nor skipped nor deleted. */
    String OPEN_F = "f.done_at IS NULL AND f.skipped_at IS NULL AND f.deleted_at IS NULL";

    String SUMMARY = "SELECT c.id, c.name, c.company, c.email, c.phone, "
            + "COALESCE(r.referrals_sent, 0) AS referrals_sent, COALESCE(r.won, 0) AS won, "
            + "COALESCE(r.revenue, 0) AS revenue, COALESCE(r.profit, 0) AS profit, "
            + "(SELECT MAX(t.at) FROM touch t WHERE t.partner_id = c.id) AS last_touch_at, "
            + "(SELECT MIN(COALESCE(f.snoozed_until, f.due_at)) FROM follow_up f WHERE f.partner_id = c.id "
            + "AND f.kind = 'HERO_CHECK_IN' AND " + OPEN_F + ") AS next_check_in_at, p.hero_by_hand "
            + "FROM partner p JOIN contact c ON c.id = p.contact_id "
            + "LEFT JOIN (SELECT referrer_id, COUNT(*) AS referrals_sent, "
            + "SUM(CASE WHEN stage = 'WON' THEN 1 ELSE 0 END) AS won, "
            + "SUM(CASE WHEN stage = 'WON' THEN revenue END) AS revenue, "
            + "SUM(CASE WHEN stage = 'WON' THEN profit END) AS profit "
            + "FROM referral WHERE deleted_at IS NULL GROUP BY referrer_id) r ON r.referrer_id = c.id "
            + "WHERE c.deleted_at IS NULL";

    /** Every partner, in alphabetical order whatever the case. */
    @SqlQuery(SUMMARY + " ORDER BY c.name_key, c.id")
    @RegisterConstructorMapper(PartnerSummary.class)
    List<PartnerSummary> summaries();

    @SqlQuery(SUMMARY + " AND c.id = :id")
    @RegisterConstructorMapper(PartnerSummary.class)
    Optional<PartnerSummary> summary(@Bind("id") long partnerId);

    /** Live stories {@code r} with their people's names and next follow-up, to filter by one person. */
    String STORY = "SELECT r.id, ref.name AS referrer_name, cl.name AS client_name, r.need, r.stage, r.received_at, "
            + "(SELECT MIN(COALESCE(f.snoozed_until, f.due_at)) FROM follow_up f WHERE f.referral_id = r.id "
            + "AND " + OPEN_F + ") AS next_follow_up_at "
            + "FROM referral r JOIN contact ref ON ref.id = r.referrer_id JOIN contact cl ON cl.id = r.client_id "
            + "WHERE r.deleted_at IS NULL AND ";

    /** The stories a partner sent us, newest first. */
    @SqlQuery(STORY + "r.referrer_id = :id ORDER BY r.received_at DESC, r.id DESC")
    List<ReferralSummary> stories(@Bind("id") long partnerId);

    /** The stories a contact is the client in, newest first. */
    @SqlQuery(STORY + "r.client_id = :id ORDER BY r.received_at DESC, r.id DESC")
    List<ReferralSummary> storiesAsClient(@Bind("id") long contactId);
}
