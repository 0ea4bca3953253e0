package org.referraldesk.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How fast the year's stories were answered: the first response is the first done RESPOND_TO_CLIENT
 * follow-up, timed from when the story was received. {@code answered} stories have one;
 * {@code unanswered} passed their first day without one; {@code waiting} are younger than a day and
 * still unanswered (they count neither way yet). The median is of the answered stories; an even count
 * takes the mean of the middle two.
 */
public record ResponseTimes(int answered, int withinADay, int unanswered, int waiting, Duration median) {
    public static final Duration A_DAY = Duration.ofHours(24);

    public static ResponseTimes none() {
        return new ResponseTimes(0, 0, 0, 0, null);
    }

    public Optional<Duration> medianTime() {
        return Optional.ofNullable(median);
    }

    /** Stories that could have been answered within a day by now. */
    public int due() {
        return answered + unanswered;
    }

    /** Answered within 24 hours, out of every story whose first day is over; empty when none is. */
    public OptionalDouble shareWithinADay() {
        return due() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) withinADay / due());
    }
}
