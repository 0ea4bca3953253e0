package org.referraldesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: forward (time passes, the laptop sleeps), back, or to another zone. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private volatile ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock starting where {@code fixed} stands. */
    public static MutableClock at(Clock fixed) {
        return new MutableClock(fixed.instant(), fixed.getZone());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void setBack(Duration duration) {
        now = now.minus(duration);
    }

    /** The laptop travelled: the same instant, another zone. */
    public void moveTo(ZoneId other) {
        zone = other;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }
}
