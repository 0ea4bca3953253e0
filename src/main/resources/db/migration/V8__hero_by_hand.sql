-- A Hero is a partner with at least one won story, or one the owner marked as a Hero by hand.
ALTER TABLE partner ADD COLUMN hero_by_hand BOOLEAN NOT NULL DEFAULT FALSE;
