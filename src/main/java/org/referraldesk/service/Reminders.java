package org.referraldesk.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.store.Store;

/**
 * Announces follow-ups as they fall due, each once: one check asks which open follow-ups are due and
 * not announced yet, marks them announced, and remembers when it looked, all in one transaction.
 * A snoozed follow-up is announced again when its snooze ends (snoozing clears the mark).
 * Many at once, or several that fell due while the desk was away (closed or asleep), make one summary.
 *
 * <p>Each check first plans what the calendar brings (this year's VIP invites, for every partner who
 * referred in the year before the VIP month), so planning never waits for a screen to be opened: it
 * happens at start (the timer's first check) and on every later check.
 */
public final class Reminders {
    /** The setting that keeps the time of the last check, so the next start knows how long it was away. */
    public static final String LAST_CHECK = "reminders.lastCheck";
    /** More newly due follow-ups than this make one summary. */
    public static final int MOST_ONE_BY_ONE = 3;
    /** Away longer than this, and more than one follow-up fell due meanwhile: one summary. */
    public static final Duration AWAY = Duration.ofMinutes(10);

    private final Store store;
    private final Clock clock;
    private final VipRoundUp vip;

    public Reminders(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.vip = new VipRoundUp(store, clock);
    }

    /**
     * A fingerprint of the open follow-ups: when it differs from the last one, something changed them
     * (another screen, an import, a restore) and the timer checks at once.
     */
    public String openFingerprint() {
        return store.inTransaction(tx -> tx.reminders().openFingerprint());
    }

    /**
     * Plans what the calendar brings (this year's VIP invites) without announcing anything: the step
     * each {@link #check()} runs first, and the desk runs once as it starts. Running it again plans
     * nothing twice.
     */
    public void plan() {
        store.useTransaction(tx -> vip.plan(tx, vip.currentYear()));
    }

    /** Looks once: plans (as {@link #plan()}), then announces (and records) what fell due since the last look. */
    public Announcement check() {
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            vip.plan(tx, vip.currentYear());
            Optional<Instant> last = tx.settings().get(LAST_CHECK).map(Instant::parse);
            List<FollowUpLine> due = tx.reminders().dueUnannounced(now);
            tx.reminders().markAnnounced(due.stream().map(FollowUpLine::id).toList(), now);
            if (last.isEmpty() || now.isAfter(last.get())) {
                tx.settings().put(LAST_CHECK, now.toString());
            }
            Duration away = last.map(l -> Duration.between(l, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
            boolean summary = due.size() > MOST_ONE_BY_ONE || (due.size() > 1 && away.compareTo(AWAY) > 0);
            return new Announcement(due, summary, away, tx.reminders().countDue(now));
        });
    }
}
