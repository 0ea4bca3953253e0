package org.referraldesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.referraldesk.domain.FollowUp;

/** The handwritten thank-you cards still to write. */
public interface CardDao {

    /**
     * Open, not deleted HANDWRITTEN_CARD follow-ups whose partner (and story, if any) is not in the
     * trash, the earliest due first, whenever they fall due.
     */
    @SqlQuery("SELECT f.id, f.kind, f.due_at, f.partner_id, f.referral_id, f.amount, f.note, f.done_at, "
            + "f.snoozed_until, f.skipped_at, f.skip_reason FROM follow_up f "
            + "JOIN contact p ON p.id = f.partner_id LEFT JOIN referral r ON r.id = f.referral_id "
            + "WHERE f.kind = 'HANDWRITTEN_CARD' AND f.done_at IS NULL AND f.skipped_at IS NULL "
            + "AND f.deleted_at IS NULL AND p.deleted_at IS NULL AND r.deleted_at IS NULL "
            + "ORDER BY COALESCE(f.snoozed_until, f.due_at), f.id")
    List<FollowUp> pending();
}
