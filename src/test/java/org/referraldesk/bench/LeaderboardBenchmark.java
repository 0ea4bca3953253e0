package org.referraldesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.referraldesk.domain.YearReport;
import org.referraldesk.service.Leaderboard;
import org.referraldesk.store.Store;

/**
 * Not a test: run by hand to time the Leaderboard's year on the big desk of {@link ReferralListBenchmark}
 * (see src/docs/benchmarks.md). Usage: java -cp ... org.referraldesk.bench.LeaderboardBenchmark [stories [desk]];
 * with a desk (the file a previous run filled) it times that desk instead of filling a new one.
 */
public final class LeaderboardBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private LeaderboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path desk = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("rd-bench").resolve("desk");
        try (Store store = Store.open(desk)) {
            if (args.length < 2) {
                long start = System.nanoTime();
                ReferralListBenchmark.fill(store, stories);
                System.out.printf("filled %,d stories in %,d ms into %s%n", stories,
                        (System.nanoTime() - start) / 1_000_000, store.file());
            }
            Leaderboard leaderboard = new Leaderboard(store, Clock.fixed(NOW, ZoneId.of("Europe/London")));
            for (int round = 0; round < 3; round++) {
                time("years with stories", () -> leaderboard.years().toString());
                time("report 2026", () -> describe(leaderboard.report(2026)));
                time("report 2025", () -> describe(leaderboard.report(2025)));
            }
        }
    }

    private static String describe(YearReport report) {
        return report.referrals() + " stories, " + report.heroes().size() + " heroes, median "
                + report.responses().median();
    }

    private static void time(String what, Supplier<String> work) {
        long start = System.nanoTime();
        String result = work.get();
        System.out.printf("%-22s %5d ms  %s%n", what, (System.nanoTime() - start) / 1_000_000, result);
    }
}
