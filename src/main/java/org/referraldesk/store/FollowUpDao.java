package org.referraldesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;

/** Follow-ups, and the due list the owner works through. */
public interface FollowUpDao {
    String COLUMNS = "id, kind, due_at, partner_id, referral_id, amount, note, done_at, snoozed_until, "
            + "skipped_at, skip_reason";
    String OPEN = "done_at IS NULL AND skipped_at IS NULL AND deleted_at IS NULL";
    String DUE_JOINS = "FROM follow_up f LEFT JOIN contact p ON p.id = f.partner_id "
            + "LEFT JOIN referral r ON r.id = f.referral_id LEFT JOIN contact c ON c.id = r.client_id ";
    /**
     * The lower end of every open follow-up's due time: H2 keeps the closed ones' NULLs first in the
     * open-due index, so a range with only an upper end would walk through all of them.
     */
    String OPEN_SINCE = "f.open_due_at >= TIMESTAMP WITH TIME ZONE '0001-01-01 00:00:00+00'";
    /** Neither the story nor the partner is in the trash. */
    String LIVE_PEOPLE = "r.deleted_at IS NULL AND p.deleted_at IS NULL";

    @SqlUpdate("INSERT INTO follow_up (kind, due_at, partner_id, referral_id, amount, note) "
            + "VALUES (:f.kind, :f.dueAt, :f.partnerId, :f.referralId, :f.amount, :f.note)")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods("f") FollowUp followUp);

    /** Stores a follow-up and keeps its story's next due time. */
    default long insert(FollowUp followUp) {
        long id = insertRow(followUp);
        keepNextDue(id);
        return id;
    }

    /** Sets the story's next_due_at to its earliest open follow-up (the list sorts and filters on it). */
    @SqlUpdate("UPDATE referral r SET next_due_at = (SELECT MIN(COALESCE(f.snoozed_until, f.due_at)) "
            + "FROM follow_up f WHERE f.referral_id = r.id AND f.done_at IS NULL AND f.skipped_at IS NULL "
            + "AND f.deleted_at IS NULL) WHERE r.id = (SELECT referral_id FROM follow_up WHERE id = :id)")
    void keepNextDue(@Bind("id") long followUpId);

    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up WHERE id = :id AND deleted_at IS NULL")
    Optional<FollowUp> find(@Bind("id") long id);

    @SqlUpdate("UPDATE follow_up SET done_at = :at WHERE id = :id")
    void markDoneRow(@Bind("id") long id, @Bind("at") Instant at);

    default void markDone(long id, Instant at) {
        markDoneRow(id, at);
        keepNextDue(id);
    }

    /** Marks it done with a note saying how (e.g. where a public thank-you was posted). */
    @SqlUpdate("UPDATE follow_up SET done_at = :at, note = :note WHERE id = :id")
    void markDoneWithNoteRow(@Bind("id") long id, @Bind("at") Instant at, @Bind("note") String note);

    default void markDone(long id, Instant at, String note) {
        markDoneWithNoteRow(id, at, note);
        keepNextDue(id);
    }

    @SqlUpdate("UPDATE follow_up SET snoozed_until = :until, announced_at = NULL WHERE id = :id")
    void snoozeRow(@Bind("id") long id, @Bind("until") Instant until);

    default void snooze(long id, Instant until) {
        snoozeRow(id, until);
        keepNextDue(id);
    }

    @SqlUpdate("UPDATE follow_up SET skipped_at = :at, skip_reason = :reason WHERE id = :id")
    void skipRow(@Bind("id") long id, @Bind("at") Instant at, @Bind("reason") String reason);

    default void skip(long id, Instant at, String reason) {
        skipRow(id, at, reason);
        keepNextDue(id);
    }

    /** Puts done, skip and snooze back as {@code before} had them (an undo); announced again if it is due. */
    @SqlUpdate("UPDATE follow_up SET done_at = :f.doneAt, snoozed_until = :f.snoozedUntil, skipped_at = :f.skippedAt, "
            + "skip_reason = :f.skipReason, note = :f.note, announced_at = NULL WHERE id = :f.id")
    void restoreRow(@BindMethods("f") FollowUp before);

    default void restore(FollowUp before) {
        restoreRow(before);
        keepNextDue(before.id());
    }

    @SqlUpdate("UPDATE follow_up SET due_at = :due, snoozed_until = NULL, announced_at = NULL WHERE id = :id")
    void rescheduleRow(@Bind("id") long id, @Bind("due") Instant due);

    default void reschedule(long id, Instant due) {
        rescheduleRow(id, due);
        keepNextDue(id);
    }

    /** Gives an open follow-up another kind and due time (a later move updating the referrer's news). */
    @SqlUpdate("UPDATE follow_up SET kind = :kind, due_at = :due, snoozed_until = :snoozed, announced_at = NULL "
            + "WHERE id = :id")
    void replanRow(@Bind("id") long id, @Bind("kind") FollowUpKind kind, @Bind("due") Instant due,
            @Bind("snoozed") Instant snoozedUntil);

    default void replan(long id, FollowUpKind kind, Instant due, Instant snoozedUntil) {
        replanRow(id, kind, due, snoozedUntil);
        keepNextDue(id);
    }

    /** Removes a follow-up for good (a stage move undone takes back what it planned). */
    @SqlUpdate("DELETE FROM follow_up WHERE id = :id")
    void deleteRow(@Bind("id") long id);

    @SqlUpdate("UPDATE referral SET next_due_at = (SELECT MIN(COALESCE(f.snoozed_until, f.due_at)) "
            + "FROM follow_up f WHERE f.referral_id = :id AND f.done_at IS NULL AND f.skipped_at IS NULL "
            + "AND f.deleted_at IS NULL) WHERE id = :id")
    void keepNextDueOfStory(@Bind("id") long referralId);

    /** Opens a done or skipped follow-up again: no longer done, no longer skipped (nor announced). */
    @SqlUpdate("UPDATE follow_up SET done_at = NULL, skipped_at = NULL, skip_reason = NULL, announced_at = NULL "
            + "WHERE id = :id")
    void reopenRow(@Bind("id") long id);

    default void reopen(long id) {
        reopenRow(id);
        keepNextDue(id);
    }

    /** Hands a story's open follow-ups for one partner to another (its referrer was corrected). */
    @SqlUpdate("UPDATE follow_up SET partner_id = :to WHERE referral_id = :story AND partner_id = :from AND " + OPEN)
    void handOver(@Bind("story") long referralId, @Bind("from") long fromPartner, @Bind("to") long toPartner);

    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up WHERE referral_id = :id AND deleted_at IS NULL "
            + "ORDER BY due_at, id")
    List<FollowUp> forReferral(@Bind("id") long referralId);

    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up WHERE partner_id = :partner AND kind = :kind AND " + OPEN
            + " ORDER BY due_at, id")
    List<FollowUp> openOfKind(@Bind("partner") long partnerId, @Bind("kind") FollowUpKind kind);

    /**
     * Open follow-ups falling due up to {@code until}, the longest overdue first: a range of the
     * open-due index (open_due_at is the due time, the snooze end counting, of an open follow-up).
     */
    @SqlQuery("SELECT f.id, f.kind, f.due_at, f.snoozed_until, f.partner_id, p.name AS partner_name, "
            + "f.referral_id, c.name AS client_name, f.amount " + DUE_JOINS
            + "WHERE " + OPEN_SINCE + " AND f.open_due_at <= :until AND " + LIVE_PEOPLE
            + " ORDER BY f.open_due_at, f.id")
    List<FollowUpLine> dueBy(@Bind("until") Instant until);

    /** How many open follow-ups are overdue at {@code now}, due before {@code tomorrow}, and due before {@code end}. */
    @SqlQuery("SELECT COUNT(CASE WHEN f.open_due_at < :now THEN 1 END) AS overdue, "
            + "COUNT(CASE WHEN f.open_due_at >= :now AND f.open_due_at < :tomorrow THEN 1 END) AS due_today, "
            + "COUNT(CASE WHEN f.open_due_at >= :tomorrow THEN 1 END) AS next_week " + DUE_JOINS
            + "WHERE " + OPEN_SINCE + " AND f.open_due_at < :end AND " + LIVE_PEOPLE)
    DueCounts dueCounts(@Bind("now") Instant now, @Bind("tomorrow") Instant tomorrow, @Bind("end") Instant end);

    @SqlQuery("SELECT COUNT(*) FROM follow_up WHERE " + OPEN)
    int countOpen();
}
