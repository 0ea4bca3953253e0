package org.referraldesk.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reminder check on one daemon thread: at start, then every {@code period}, and at once
 * when the wall clock jumps (the laptop woke up, or someone set the clock). A jump shows as a
 * difference between the time the clock says passed and the time the monotonic timer says passed.
 * It also checks at once (at the next pulse) when the open follow-ups changed, whoever changed them:
 * every pulse compares their fingerprint with the last one.
 * Stopping lets a running check finish: the thread is never interrupted (it may be inside H2).
 */
public final class ReminderTimer {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderTimer.class);
    public static final Duration PERIOD = Duration.ofSeconds(30);
    /** How often the timer compares the clocks; a check needs a jump or a full period. */
    public static final Duration PULSE = Duration.ofSeconds(5);
    /** A difference between the clocks over this is a jump. */
    public static final Duration JUMP = Duration.ofMinutes(1);

    private final Supplier<Announcement> check;
    private final Supplier<?> fingerprint;
    private Object lastFingerprint;
    private final Consumer<Announcement> deliver;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final long periodNanos;
    private ScheduledExecutorService executor;
    /** Stopped before it started (the window closed while the desk was still starting): it never starts. */
    private boolean stopped;
    private long lastNanos;
    private Instant lastInstant;
    private long lastCheckNanos;
    private boolean checkedOnce;

    public ReminderTimer(Reminders reminders, Clock clock, Consumer<Announcement> deliver) {
        this(reminders::check, reminders::openFingerprint, clock, System::nanoTime, PERIOD, deliver);
    }

    /** For tests: any check, a monotonic timer of one's own, any period. */
    public ReminderTimer(Supplier<Announcement> check, Clock clock, LongSupplier nanoTime, Duration period,
            Consumer<Announcement> deliver) {
        this(check, () -> "", clock, nanoTime, period, deliver);
    }

    /** For tests: as above, with the fingerprint of the open follow-ups to watch. */
    public ReminderTimer(Supplier<Announcement> check, Supplier<?> fingerprint, Clock clock, LongSupplier nanoTime,
            Duration period, Consumer<Announcement> deliver) {
        this.check = check;
        this.fingerprint = fingerprint;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.periodNanos = period.toNanos();
        this.deliver = deliver;
    }

    /** Checks at once, then keeps checking in the background; does nothing once stopped. */
    public synchronized void start() {
        if (stopped) {
            return;
        }
        if (executor != null) {
            throw new IllegalStateException("The reminder timer is already running");
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "referral-desk-reminders");
            thread.setDaemon(true);
            return thread;
        });
        long pulse = Math.min(PULSE.toNanos(), periodNanos);
        executor.scheduleWithFixedDelay(this::safeTick, 0, pulse, TimeUnit.NANOSECONDS);
    }

    /** Checks once more, soon, on the timer's thread (e.g. after many follow-ups were added at once). */
    public synchronized void checkSoon() {
        if (executor != null && !executor.isShutdown()) {
            executor.execute(() -> {
                checkedOnce = false; // only the timer's thread touches the tick's state
                safeTick();
            });
        }
    }

    /** Lets a running check finish (no interrupt), then stops; waits up to {@code seconds}. */
    public boolean stop(long seconds) {
        ScheduledExecutorService running;
        synchronized (this) {
            stopped = true;
            running = executor;
        }
        if (running == null) {
            return true;
        }
        running.shutdown();
        try {
            return running.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Reminder check failed; trying again at the next tick", e);
        }
    }

    /**
     * One pulse: checks the first time, after a full period, when the wall clock jumped since the
     * previous pulse, or when the open follow-ups changed. Returns whether it checked.
     */
    boolean tick() {
        long nanos = nanoTime.getAsLong();
        Instant now = clock.instant();
        Object seen = fingerprint.get();
        boolean changed = !seen.equals(lastFingerprint);
        lastFingerprint = seen;
        boolean due;
        if (!checkedOnce) {
            due = true;
        } else {
            long wallNanos = Duration.between(lastInstant, now).toNanos();
            long jump = Math.abs(wallNanos - (nanos - lastNanos));
            boolean jumped = jump > JUMP.toNanos();
            if (jumped) {
                LOG.info("The wall clock jumped by about {} s; checking reminders now", jump / 1_000_000_000L);
            }
            due = jumped || changed || nanos - lastCheckNanos >= periodNanos;
        }
        lastNanos = nanos;
        lastInstant = now;
        if (!due) {
            return false;
        }
        checkedOnce = true;
        lastCheckNanos = nanos;
        deliver.accept(check.get());
        return true;
    }
}
