package org.referraldesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Fixed clocks for tests: the same local moment, Tuesday 2026-03-10 09:00, in a few zones that
 * each have their own daylight-saving rules (Berlin and New York in spring, Santiago in autumn).
 */
public final class TypicalClocks {

    public static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");
    public static final ZoneId NEW_YORK_ZONE = ZoneId.of("America/New_York");
    public static final ZoneId SANTIAGO_ZONE = ZoneId.of("America/Santiago");
    public static final ZoneId UTC_ZONE = ZoneOffset.UTC;

    /** The local moment every typical clock shows. */
    public static final LocalDateTime TYPICAL_NOW = LocalDateTime.of(2026, 3, 10, 9, 0);

    public static final Clock BERLIN = fixedAt(TYPICAL_NOW, BERLIN_ZONE);
    public static final Clock NEW_YORK = fixedAt(TYPICAL_NOW, NEW_YORK_ZONE);
    public static final Clock SANTIAGO = fixedAt(TYPICAL_NOW, SANTIAGO_ZONE);
    public static final Clock UTC = fixedAt(TYPICAL_NOW, UTC_ZONE);
    /** A morning after every email of the introduction corpus arrived (they are of November 2026). */
    public static final Clock AFTER_THE_INTRODUCTIONS = fixedAt(LocalDateTime.of(2026, 12, 1, 9, 0), BERLIN_ZONE);

    private TypicalClocks() {
    }

    /** A clock stopped at the given local date-time in the given zone. */
    public static Clock fixedAt(LocalDateTime local, ZoneId zone) {
        return Clock.fixed(instantAt(local, zone), zone);
    }

    /** A clock stopped at the given local date-time, e.g. "2026-03-29T01:30", in the given zone. */
    public static Clock fixedAt(String isoLocalDateTime, ZoneId zone) {
        return fixedAt(LocalDateTime.parse(isoLocalDateTime), zone);
    }

    /**
     * The instant of a local date-time in a zone, resolved as java.time does: a skipped local time
     * moves forward by the gap, a doubled one takes the earlier offset.
     */
    public static Instant instantAt(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    /** The instant of a local date-time such as "2026-03-29T01:30" in the given zone. */
    public static Instant instantAt(String isoLocalDateTime, ZoneId zone) {
        return instantAt(LocalDateTime.parse(isoLocalDateTime), zone);
    }

    /** A fixed clock at the same instant as {@code clock}, but in another zone (the laptop travelled). */
    public static Clock sameInstantIn(Clock clock, ZoneId zone) {
        return Clock.fixed(clock.instant(), zone);
    }
}
