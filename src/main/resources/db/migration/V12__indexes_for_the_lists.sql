-- Indexes the lists need on a big desk (issue 14), so their plans do not depend on statistics:
-- open follow-ups of one kind (the cards still to write; a partner's open hero check-in),
CREATE INDEX follow_up_open_kind ON follow_up (kind, done_at, skipped_at, partner_id);
-- a partner's stories in a time window (the VIP round-up's year, a partner's newest story),
CREATE INDEX referral_referrer_received ON referral (referrer_id, received_at);
-- and whether a partner has a won story (a Hero).
CREATE INDEX referral_referrer_stage ON referral (referrer_id, stage);
