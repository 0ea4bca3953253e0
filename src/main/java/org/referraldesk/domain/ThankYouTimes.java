package org.referraldesk.domain;

import java.util.OptionalDouble;

/**
 * Whether the year's referrers were thanked on time: THANK_REFERRER follow-ups done on or before their
 * (original, unsnoozed) due time are on time; done after it is late; skipped, or still open after it,
 * is not done. Open ones not yet due are pending and count neither way.
 */
public record ThankYouTimes(int onTime, int late, int notDone, int pending) {

    public int due() {
        return onTime + late + notDone;
    }

    /** On time out of all that fell due; empty when none has. */
    public OptionalDouble onTimeRate() {
        return due() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / due());
    }
}
