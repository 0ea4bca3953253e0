package org.referraldesk.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long after something a follow-up falls due. Hours are exact elapsed time ("within 24 hours"
 * means 24 real hours, even across a clock change); days and months are calendar steps in the
 * owner's time zone at the same local time. A local time that a daylight-saving change skips moves
 * forward by the gap; one that happens twice takes the earlier of the two.
 */
public record DueOffset(Period calendar, Duration exact) {

    public DueOffset {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(exact, "exact");
        if (calendar.isNegative() || exact.isNegative()) {
            throw new InvalidInput("offset", "offset.beforeStart");
        }
        if (!calendar.isZero() && !exact.isZero()) {
            throw new InvalidInput("offset", "offset.both");
        }
    }

    public static DueOffset hours(long hours) {
        return new DueOffset(Period.ZERO, Duration.ofHours(hours));
    }

    public static DueOffset days(int days) {
        return new DueOffset(Period.ofDays(days), Duration.ZERO);
    }

    public static DueOffset months(int months) {
        return new DueOffset(Period.ofMonths(months), Duration.ZERO);
    }

    /** Reads the stored form: an ISO-8601 period ("P3D", "P6M") or duration ("PT24H"). */
    public static DueOffset parse(String text) {
        try {
            if (text.startsWith("PT")) {
                return new DueOffset(Period.ZERO, Duration.parse(text));
            }
            return new DueOffset(Period.parse(text), Duration.ZERO);
        } catch (RuntimeException e) {
            throw new InvalidInput("offset", "offset.bad", text);
        }
    }

    public Instant after(Instant from, ZoneId zone) {
        if (calendar.isZero()) {
            return from.plus(exact);
        }
        return from.atZone(zone).plus(calendar).withEarlierOffsetAtOverlap().toInstant();
    }

    /** The stored form, the inverse of {@link #parse(String)}. */
    @Override
    public String toString() {
        return exact.isZero() ? calendar.toString() : exact.toString();
    }
}
