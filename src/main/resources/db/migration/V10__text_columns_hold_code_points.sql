-- The desk counts text as the owner sees it, in characters (code points: an emoji is one), and
-- refuses more than each field's limit (service/FieldLimits) before any SQL runs. H2 measures
-- VARCHAR in UTF-16 units, where an emoji takes two; so each owner-typed column holds twice its
-- limit, and a name of 200 characters fits whatever they are.
ALTER TABLE contact ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE contact ALTER COLUMN company SET DATA TYPE VARCHAR(400);
ALTER TABLE contact ALTER COLUMN email SET DATA TYPE VARCHAR(640);
ALTER TABLE contact ALTER COLUMN phone SET DATA TYPE VARCHAR(120);
ALTER TABLE contact ALTER COLUMN address SET DATA TYPE VARCHAR(2000);
ALTER TABLE contact ALTER COLUMN notes SET DATA TYPE VARCHAR(8000);
-- the lower-case keys are generated from name and email: H2 cannot widen them in place
DROP INDEX contact_name;
DROP INDEX contact_email;
ALTER TABLE contact DROP COLUMN name_key;
ALTER TABLE contact DROP COLUMN email_key;
ALTER TABLE contact ADD COLUMN name_key VARCHAR(400) GENERATED ALWAYS AS (LOWER(name));
ALTER TABLE contact ADD COLUMN email_key VARCHAR(640) GENERATED ALWAYS AS (LOWER(email));
CREATE INDEX contact_name ON contact (name_key);
CREATE INDEX contact_email ON contact (email_key);
ALTER TABLE partner ALTER COLUMN gift_notes SET DATA TYPE VARCHAR(2000);
ALTER TABLE referral ALTER COLUMN need SET DATA TYPE VARCHAR(4000);
ALTER TABLE referral ALTER COLUMN close_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE referral ALTER COLUMN onward_to SET DATA TYPE VARCHAR(400);
ALTER TABLE story_event ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
ALTER TABLE follow_up ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
ALTER TABLE follow_up ALTER COLUMN skip_reason SET DATA TYPE VARCHAR(2000);
ALTER TABLE touch ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
ALTER TABLE gift ALTER COLUMN description SET DATA TYPE VARCHAR(2000);
ALTER TABLE template ALTER COLUMN subject SET DATA TYPE VARCHAR(1000);
ALTER TABLE template ALTER COLUMN body SET DATA TYPE VARCHAR(16000);
ALTER TABLE setting ALTER COLUMN content SET DATA TYPE VARCHAR(8000);
ALTER TABLE referral_given ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
