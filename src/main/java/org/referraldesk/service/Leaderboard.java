package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.referraldesk.domain.FollowThrough;
import org.referraldesk.domain.YearReport;
import org.referraldesk.store.AnalyticsDao;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * The hero leaderboard and the desk's analytics for one calendar year in the owner's zone (the
 * Clock's): a story belongs to the year it was received in.
 */
public final class Leaderboard {
    /** How many heroes each board shows. */
    public static final int TOP = 10;

    private final Store store;
    private final Clock clock;

    public Leaderboard(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The year the clock shows, in the owner's zone. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** This year and every year a live story was received in, newest first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(currentYear());
        store.useTransaction(tx -> {
            Optional<Instant> first = tx.analytics().firstReceived();
            Optional<Instant> last = tx.analytics().lastReceived();
            if (first.isPresent() && last.isPresent()) {
                for (int year = yearOf(first.get()); year <= yearOf(last.get()); year++) {
                    List<Instant> bounds = monthStarts(year);
                    if (tx.analytics().anyReceived(bounds.get(0), bounds.get(12))) {
                        years.add(year);
                    }
                }
            }
        });
        return List.copyOf(years);
    }

    /** Every figure of {@code year}, counted now. */
    public YearReport report(int year) {
        return store.inTransaction(tx -> report(tx, year));
    }

    private YearReport report(Tx tx, int year) {
        List<Instant> bounds = monthStarts(year);
        Instant from = bounds.get(0);
        Instant until = bounds.get(12);
        Instant now = clock.instant();
        AnalyticsDao analytics = tx.analytics();
        FollowThrough followThrough = analytics.followThrough(from, until, now);
        return new YearReport(year, analytics.heroes(from, until), analytics.conversion(from, until),
                followThrough.responses(), followThrough.thankYous(), analytics.monthly(bounds.subList(0, 12), until));
    }

    /** Midnight on the 1st of each month of {@code year} in the owner's zone, and of the next January: 13 instants. */
    List<Instant> monthStarts(int year) {
        ZoneId zone = clock.getZone();
        List<Instant> starts = new ArrayList<>(13);
        for (int m = 0; m <= 12; m++) {
            starts.add(LocalDate.of(year, 1, 1).plusMonths(m).atStartOfDay(zone).toInstant());
        }
        return starts;
    }

    private int yearOf(Instant instant) {
        return instant.atZone(clock.getZone()).getYear();
    }
}
