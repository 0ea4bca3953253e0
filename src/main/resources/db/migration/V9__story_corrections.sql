-- A correction on a story's timeline: the fields the owner corrected (StoryField names, comma-separated).
-- NULL for a step (received, moved, closed, reopened).
ALTER TABLE story_event ADD COLUMN corrected VARCHAR(200);
