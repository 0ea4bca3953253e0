package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/** One line on a story's timeline: at this instant the story reached this stage. */
public record StoryEvent(long id, long referralId, Instant at, Stage stage, String note) {

    public StoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stage, "stage");
        note = InvalidInput.optionalText(note);
    }

    public static StoryEvent of(long referralId, Instant at, Stage stage, String note) {
        return new StoryEvent(0, referralId, at, stage, note);
    }
}
