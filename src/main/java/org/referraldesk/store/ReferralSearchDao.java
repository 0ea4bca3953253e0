package org.referraldesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;

/**
 * The referrals list: filters and order run in the database, one page at a time. Words to search
 * for are matched by the service's in-memory index (service/StoryIndex, ADR 0016), which these
 * reads fill; a query's search words are not looked at here.
 */
public interface ReferralSearchDao extends SqlObject {
    Map<ReferralQuery.Sort, String> ORDER = Map.of(
            ReferralQuery.Sort.REFERRER, "ref.name_key",
            ReferralQuery.Sort.CLIENT, "cl.name_key",
            ReferralQuery.Sort.NEED, "LOWER(r.need)",
            ReferralQuery.Sort.STAGE, stageOrder(),
            ReferralQuery.Sort.RECEIVED, "r.received_at",
            ReferralQuery.Sort.NEXT_FOLLOW_UP, "r.next_due_at");

    default List<ReferralSummary> search(ReferralQuery query, Instant now, int limit, int offset) {
        String order = " ORDER BY " + ORDER.get(query.sort()) + (query.descending() ? " DESC" : " ASC")
                + (nullable(query.sort()) ? " NULLS LAST" : "") + ", r.id" + (query.descending() ? " DESC" : "");
        String columns = "SELECT r.id, ref.name AS referrer_name, cl.name AS client_name, r.need, r.stage, "
                + "r.received_at, r.next_due_at AS next_follow_up_at ";
        String sql;
        if (needsNames(query)) {
            sql = columns + "FROM referral r " + PEOPLE + " WHERE " + where(query) + order
                    + " LIMIT :limit OFFSET :offset";
        } else {
            // page through the stories alone (an index does the order), then look up the two names
            sql = columns + "FROM (SELECT r.* FROM referral r WHERE " + where(query) + order
                    + " LIMIT :limit OFFSET :offset) r " + PEOPLE + order;
        }
        Query statement = bind(getHandle().createQuery(sql), query, now);
        return statement.bind("limit", limit).bind("offset", offset).mapTo(ReferralSummary.class).list();
    }

    default int count(ReferralQuery query, Instant now) {
        return bind(getHandle().createQuery("SELECT COUNT(*) FROM referral r WHERE " + where(query)), query, now)
                .mapTo(Integer.class).one();
    }

    /**
     * Every contact (those in the trash too: their stories may not be), one at a time, for the search
     * index (service/StoryIndex): what search matches and shows, whether they are in the trash, a
     * partner, or someone a client was sent on to.
     */
    default void eachContact(Consumer<ContactLine> each) {
        getHandle().createQuery("SELECT c.id, c.name, c.company, c.email, c.phone, c.deleted_at IS NOT NULL, "
                + "p.contact_id IS NOT NULL, "
                + "EXISTS (SELECT 1 FROM referral_given g WHERE g.to_contact_id = c.id) "
                + "FROM contact c LEFT JOIN partner p ON p.contact_id = c.id")
                .map((rs, ctx) -> new ContactLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8))).forEach(each);
    }

    /** Every story not in the trash, newest first (the list's first order), one at a time, for the search index. */
    default void eachStory(Consumer<StoryLine> each) {
        getHandle().createQuery("SELECT id, referrer_id, client_id, need, stage, received_at, next_due_at, "
                + "close_reason, onward_to FROM referral WHERE deleted_at IS NULL ORDER BY received_at DESC, id DESC")
                .map((rs, ctx) -> new StoryLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        Stage.valueOf(rs.getString(5)), instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class)), rs.getString(8), rs.getString(9)))
                .forEach(each);
    }

    /** Every note on a story's timeline, one at a time, for the search index (a story is found by its notes too). */
    default void eachStoryNote(Consumer<StoryNote> each) {
        getHandle().createQuery("SELECT referral_id, note FROM story_event WHERE note IS NOT NULL")
                .map((rs, ctx) -> new StoryNote(rs.getLong(1), rs.getString(2))).forEach(each);
    }

    /** A contact as the search index keeps it. */
    record ContactLine(long id, String name, String company, String email, String phone, boolean deleted,
            boolean partner, boolean onward) {
    }

    /** A story as the search index keeps it: its people by id, why it closed and who the client was sent on to. */
    record StoryLine(long id, long referrerId, long clientId, String need, Stage stage, Instant receivedAt,
            Instant nextDueAt, String closeReason, String onwardTo) {
    }

    /** A note on story {@code referralId}'s timeline. */
    record StoryNote(long referralId, String note) {
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    String PEOPLE = "JOIN contact ref ON ref.id = r.referrer_id JOIN contact cl ON cl.id = r.client_id";

    private static boolean needsNames(ReferralQuery query) {
        return query.sort() == ReferralQuery.Sort.REFERRER
                || query.sort() == ReferralQuery.Sort.CLIENT;
    }

    private static boolean nullable(ReferralQuery.Sort sort) {
        return sort == ReferralQuery.Sort.NEED || sort == ReferralQuery.Sort.NEXT_FOLLOW_UP;
    }

    private static String where(ReferralQuery query) {
        List<String> where = new ArrayList<>(List.of("r.deleted_at IS NULL"));
        if (query.act() != null) {
            where.add("r.stage IN (" + String.join(", ", stagesOf(query)) + ")");
        }
        if (query.outcome() != null) {
            where.add("r.stage = :outcome");
        }
        if (query.needsAttention()) {
            where.add("r.next_due_at < :now");
        }
        return String.join(" AND ", where);
    }

    private static Query bind(Query statement, ReferralQuery query, Instant now) {
        if (query.outcome() != null) {
            statement.bind("outcome", query.outcome());
        }
        if (query.needsAttention()) {
            statement.bind("now", now);
        }
        return statement;
    }

    private static List<String> stagesOf(ReferralQuery query) {
        List<String> names = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.act() == query.act()) {
                names.add("'" + stage.name() + "'");
            }
        }
        return names;
    }

    private static String stageOrder() {
        StringBuilder order = new StringBuilder("CASE r.stage");
        for (Stage stage : Stage.values()) {
            order.append(" WHEN '").append(stage.name()).append("' THEN ").append(stage.ordinal());
        }
        return order.append(" END").toString();
    }
}
