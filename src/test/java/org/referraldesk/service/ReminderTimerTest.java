package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.referraldesk.testing.MutableClock;
import org.referraldesk.testing.TempDesk;

/** The timer checks at start, every period, and at once when the wall clock jumps; stopping never interrupts. */
class ReminderTimerTest {
    private static final Announcement QUIET = new Announcement(List.of(), false, Duration.ZERO, 0);

    private final MutableClock clock = MutableClock.at(TempDesk.CLOCK);
    private final AtomicLong nanos = new AtomicLong(1_000L);
    private final AtomicInteger checks = new AtomicInteger();
    private final List<Announcement> delivered = new CopyOnWriteArrayList<>();
    private final ReminderTimer timer = new ReminderTimer(() -> {
        checks.incrementAndGet();
        return QUIET;
    }, clock, nanos::get, Duration.ofSeconds(30), delivered::add);

    @Test
    void theFirstPulseChecksAndDeliversWhatItFound() {
        assertTrue(timer.tick());
        assertEquals(List.of(QUIET), delivered);
    }

    @Test
    void pulsesWithinThePeriodDoNotCheckButAFullPeriodDoes() {
        timer.tick();
        pass(Duration.ofSeconds(5));
        assertFalse(timer.tick());
        pass(Duration.ofSeconds(25));
        assertTrue(timer.tick());
        assertEquals(2, checks.get());
    }

    @Test
    void aWallClockJumpForwardChecksAtOnce() {
        timer.tick();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        clock.advance(Duration.ofHours(10).plusSeconds(5));
        assertTrue(timer.tick(), "the laptop slept ten hours: the monotonic timer stood still");
    }

    @Test
    void aWallClockSetBackChecksAtOnce() {
        timer.tick();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        clock.setBack(Duration.ofHours(1));
        assertTrue(timer.tick());
    }

    @Test
    void aSmallDriftIsNoJump() {
        timer.tick();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        clock.advance(Duration.ofSeconds(50));
        assertFalse(timer.tick());
    }

    @Test
    void startingChecksAtOnceOnADaemonThread() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        AtomicBoolean daemon = new AtomicBoolean();
        ReminderTimer running = new ReminderTimer(() -> {
            daemon.set(Thread.currentThread().isDaemon());
            checked.countDown();
            return QUIET;
        }, clock, System::nanoTime, Duration.ofHours(1), a -> { });
        running.start();
        try {
            assertTrue(checked.await(20, TimeUnit.SECONDS));
            assertTrue(daemon.get());
        } finally {
            assertTrue(running.stop(20));
        }
    }

    @Test
    void stoppingLetsARunningCheckFinishWithoutAnInterrupt() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        ReminderTimer running = new ReminderTimer(() -> {
            inside.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
            finished.set(true);
            return QUIET;
        }, clock, System::nanoTime, Duration.ofHours(1), a -> { });
        running.start();
        assertTrue(inside.await(20, TimeUnit.SECONDS));
        Thread stopper = new Thread(() -> running.stop(20));
        stopper.start();
        release.countDown();
        stopper.join(TimeUnit.SECONDS.toMillis(20));
        assertFalse(stopper.isAlive(), "stop returned once the check finished");
        assertTrue(finished.get());
        assertFalse(interrupted.get());
    }

    @Test
    void aChangeToTheOpenFollowUpsChecksAtTheNextPulse() {
        AtomicInteger version = new AtomicInteger();
        ReminderTimer watching = new ReminderTimer(() -> {
            checks.incrementAndGet();
            return QUIET;
        }, version::get, clock, nanos::get, Duration.ofSeconds(30), delivered::add);
        watching.tick();
        pass(Duration.ofSeconds(5));
        assertFalse(watching.tick(), "nothing changed, the period is not over");
        version.incrementAndGet();
        pass(Duration.ofSeconds(5));
        assertTrue(watching.tick(), "another screen changed a follow-up");
        assertEquals(2, checks.get());
    }

    private void pass(Duration duration) {
        nanos.addAndGet(duration.toNanos());
        clock.advance(duration);
    }
}
