-- The due list reads open follow-ups by when they fall due, the snooze end counting: open_due_at is
-- that time while the follow-up is open (not done, skipped or deleted) and NULL once it is closed,
-- so its index range-scans only the open ones due in the window, however many closed ones are kept.
ALTER TABLE follow_up ADD COLUMN open_due_at TIMESTAMP(9) WITH TIME ZONE GENERATED ALWAYS AS (
    CASE WHEN done_at IS NULL AND skipped_at IS NULL AND deleted_at IS NULL
         THEN COALESCE(snoozed_until, due_at) END);
CREATE INDEX follow_up_open_due ON follow_up (open_due_at);

-- A partner's open follow-ups of one kind (the check-in kept on recording a referral): by partner and
-- kind first, so the lookup reads that partner's few rows and not every open follow-up.
CREATE INDEX follow_up_partner_open ON follow_up (partner_id, kind, done_at, skipped_at);
