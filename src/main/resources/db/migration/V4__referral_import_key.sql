-- A referral imported from a web-form export remembers which submission it came from: a SHA-256 of
-- the submission's content (people, need, time). Importing the same export again finds the key
-- and adds nothing. Stories typed in by hand have none (NULLs do not collide in a unique index).
ALTER TABLE referral ADD COLUMN import_key VARCHAR(64);
CREATE UNIQUE INDEX referral_import_key ON referral (import_key);
