package org.referraldesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.FollowUpLine;

/** Reminders: open follow-ups that fell due and were not announced yet, and marking them announced. */
public interface ReminderDao {
    /** Open and due at {@code now} (open_due_at is the due time, the snooze end counting, of an open follow-up). */
    String OPEN_AND_DUE = FollowUpDao.OPEN_SINCE + " AND f.open_due_at <= :now AND " + FollowUpDao.LIVE_PEOPLE;
    String JOINS = FollowUpDao.DUE_JOINS;

    /** Open follow-ups due at {@code now} (the snooze end counts) that were never announced, oldest first. */
    @SqlQuery("SELECT f.id, f.kind, f.due_at, f.snoozed_until, f.partner_id, p.name AS partner_name, "
            + "f.referral_id, c.name AS client_name, f.amount " + JOINS
            + "WHERE " + OPEN_AND_DUE + " AND f.announced_at IS NULL "
            + "ORDER BY f.open_due_at, f.id")
    List<FollowUpLine> dueUnannounced(@Bind("now") Instant now);

    /** How many open follow-ups are due at {@code now}, announced or not (the tray's and the rail's number). */
    @SqlQuery("SELECT COUNT(*) " + JOINS + "WHERE " + OPEN_AND_DUE)
    int countDue(@Bind("now") Instant now);

    /** The first open follow-up due at or after {@code from}, if any (what Today's empty state names). */
    @SqlQuery("SELECT f.id, f.kind, f.due_at, f.snoozed_until, f.partner_id, p.name AS partner_name, "
            + "f.referral_id, c.name AS client_name, f.amount " + JOINS
            + "WHERE f.open_due_at >= :from AND r.deleted_at IS NULL AND p.deleted_at IS NULL "
            + "ORDER BY f.open_due_at, f.id LIMIT 1")
    Optional<FollowUpLine> firstDueFrom(@Bind("from") Instant from);

    /**
     * A short fingerprint of every open follow-up (how many, which, when due): it changes whenever one
     * is added, done, skipped, snoozed, moved or deleted, by any screen, import or command.
     */
    @SqlQuery("SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(f.id), 0), ':', COALESCE(SUM(CAST(EXTRACT(EPOCH FROM "
            + "COALESCE(f.snoozed_until, f.due_at)) AS BIGINT) % 1000003), 0)) " + JOINS
            + "WHERE f.done_at IS NULL AND f.skipped_at IS NULL AND f.deleted_at IS NULL "
            + "AND r.deleted_at IS NULL AND p.deleted_at IS NULL")
    String openFingerprint();

    @SqlUpdate("UPDATE follow_up SET announced_at = :at WHERE id IN (<ids>) AND announced_at IS NULL")
    int markAnnouncedRows(@BindList("ids") List<Long> ids, @Bind("at") Instant at);

    /** Records that these follow-ups were announced; an empty list changes nothing. */
    default int markAnnounced(List<Long> ids, Instant at) {
        return ids.isEmpty() ? 0 : markAnnouncedRows(ids, at);
    }
}
