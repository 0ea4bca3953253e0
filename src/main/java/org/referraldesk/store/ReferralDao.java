package org.referraldesk.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;

/** Referral stories. */
public interface ReferralDao {
    String COLUMNS = "id, referrer_id, client_id, channel, need, received_at, estimated_value, stage, revenue, "
            + "profit, close_reason, onward_to, closed_at";

    @SqlUpdate("INSERT INTO referral (referrer_id, client_id, channel, need, received_at, estimated_value, stage) "
            + "VALUES (:r.referrerId, :r.clientId, :r.channel, :r.need, :r.receivedAt, :r.estimatedValue, :r.stage)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("r") Referral referral);

    @SqlQuery("SELECT " + COLUMNS + " FROM referral WHERE id = :id AND deleted_at IS NULL")
    Optional<Referral> find(@Bind("id") long id);

    @SqlUpdate("UPDATE referral SET stage = :r.stage, revenue = :r.revenue, profit = :r.profit, "
            + "close_reason = :r.closeReason, onward_to = :r.onwardTo, closed_at = :r.closedAt WHERE id = :r.id")
    void updateStage(@BindMethods("r") Referral referral);

    /** Stores a corrected story's people, channel, need, received time and estimated value. */
    @SqlUpdate("UPDATE referral SET referrer_id = :r.referrerId, client_id = :r.clientId, channel = :r.channel, "
            + "need = :r.need, received_at = :r.receivedAt, estimated_value = :r.estimatedValue WHERE id = :r.id")
    void correct(@BindMethods("r") Referral referral);

    @SqlQuery("SELECT r.id, ref.name AS referrer_name, cl.name AS client_name, r.need, r.stage, r.received_at, "
            + "r.next_due_at AS next_follow_up_at "
            + "FROM referral r JOIN contact ref ON ref.id = r.referrer_id JOIN contact cl ON cl.id = r.client_id "
            + "WHERE r.deleted_at IS NULL ORDER BY r.received_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
    List<ReferralSummary> summaries(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM referral WHERE deleted_at IS NULL")
    int count();

    /** Whether the desk holds a story outside the trash: stops at the first one, however many are stored. */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM referral WHERE deleted_at IS NULL)")
    boolean anyStory();

    /** The newest story a partner sent us, if any. */
    @SqlQuery("SELECT " + COLUMNS + " FROM referral WHERE referrer_id = :referrer AND deleted_at IS NULL "
            + "ORDER BY received_at DESC, id DESC FETCH FIRST 1 ROW ONLY")
    Optional<Referral> latestFrom(@Bind("referrer") long referrerId);

    /** The live stories among {@code ids}, in no particular order (a few queries for any number of ids). */
    default List<Referral> findAll(Collection<Long> ids) {
        return InChunks.read(ids, this::findChunk);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM referral WHERE id IN (<ids>) AND deleted_at IS NULL")
    List<Referral> findChunk(@BindList("ids") List<Long> ids);

    /** The newest live story of each of these partners who sent one (as {@link #latestFrom}, for a set). */
    default List<Referral> latestFromEach(Collection<Long> referrerIds) {
        return InChunks.read(referrerIds, this::latestChunk);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", ROW_NUMBER() OVER (PARTITION BY referrer_id "
            + "ORDER BY received_at DESC, id DESC) AS newest FROM referral "
            + "WHERE referrer_id IN (<ids>) AND deleted_at IS NULL) t WHERE t.newest = 1")
    List<Referral> latestChunk(@BindList("ids") List<Long> referrerIds);
}
