package org.referraldesk.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line on a story's timeline: at this instant the story reached this stage, or (where
 * {@code corrected} names fields) the owner corrected those fields while the story stood at this stage.
 */
public record StoryEvent(long id, long referralId, Instant at, Stage stage, String note, String corrected) {

    public StoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stage, "stage");
        note = InvalidInput.optionalText(note);
        corrected = InvalidInput.optionalText(corrected);
    }

    public static StoryEvent of(long referralId, Instant at, Stage stage, String note) {
        return new StoryEvent(0, referralId, at, stage, note, null);
    }

    /** The owner corrected {@code fields} at {@code at}; the story stood at {@code stage}. */
    public static StoryEvent correction(long referralId, Instant at, Stage stage, List<StoryField> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A correction corrects at least one field");
        }
        return new StoryEvent(0, referralId, at, stage, null,
                fields.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    /** True for a correction, false for a step of the story. */
    public boolean isCorrection() {
        return corrected != null;
    }

    /** The fields a correction corrected, in the order they were named; empty for a step. */
    public List<StoryField> correctedFields() {
        return corrected == null ? List.of()
                : Arrays.stream(corrected.split(",")).map(StoryField::valueOf).toList();
    }
}
