package org.referraldesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.service.DeskSearch;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.service.Today;

/** The rows measured through the services the window and the command line use: search, lists, agenda, recording. */
final class ServiceRows {
    static final String[] KEYSTROKES = {"s", "sm", "smi", "smit", "smith", "zqxj"};

    private ServiceRows() {
    }

    static void run(Bench bench) {
        if (bench.wants("search") || bench.wants("lists")) {
            Path desk = bench.desks().of(Desks.ISSUE);
            String[] names = searchedText(desk);
            try (Services services = bench.services(desk, Desks.ISSUE)) {
                if (bench.wants("search")) {
                    search(bench, services, names);
                }
                if (bench.wants("lists")) {
                    lists(bench, services);
                }
            }
        }
        if (bench.wants("agenda")) {
            agenda(bench);
        }
        if (bench.wants("record")) {
            record(bench);
        }
    }

    /** Per keystroke, the Referrals screen's query (page of 500 + count) against a scan of the same three texts. */
    private static void search(Bench bench, Services services, String[] texts) {
        for (String typed : KEYSTROKES) {
            ReferralQuery query = ReferralQuery.all().withSearch(typed);
            int[] found = new int[1];
            Samples scan = Samples.timed(3, 15, () -> found[0] = scan(texts, typed));
            Samples searched = Samples.timed(2, 10, () -> services.referrals().search(query, 500, 0));
            bench.results().add(Row.of("search \"" + typed + "\"", "ms", searched, scan,
                    "scan of " + texts.length / 3 + " stories x 3 texts: " + found[0] + " hits"));
            Samples anywhere = Samples.timed(2, 10, () -> services.search().find(typed, DeskSearch.GROUP_LINES));
            bench.results().add(Row.of("desk search (Ctrl+K) \"" + typed + "\"", "ms", anywhere, scan,
                    "contacts, stories and partners, " + DeskSearch.GROUP_LINES + " lines a group"));
        }
    }

    static int scan(String[] texts, String typed) {
        String key = typed.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String text : texts) {
            if (text.contains(key)) {
                hits++;
            }
        }
        return hits;
    }

    /** Referrer name, client name and need of every story, lower-cased, read before the services open the file. */
    static String[] searchedText(Path desk) {
        List<String> texts = new ArrayList<>();
        String url = "jdbc:h2:file:" + desk.toAbsolutePath() + ";MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.name, k.name, r.need FROM referral r JOIN contact p ON "
                        + "p.id = r.referrer_id JOIN contact k ON k.id = r.client_id")) {
            while (rs.next()) {
                for (int i = 1; i <= 3; i++) {
                    texts.add(rs.getString(i) == null ? "" : rs.getString(i).toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the names of " + desk, e);
        }
        return texts.toArray(String[]::new);
    }

    private static void lists(Bench bench, Services services) {
        long story = Desks.ISSUE.stories() / 2;
        Samples view = Samples.timed(3, 20, () -> services.stories().load(story));
        int year = services.leaderboard().currentYear();
        bench.results().add(Row.of("Partners list", "ms", Samples.timed(1, 5, () -> services.partners().summaries()),
                view, "baseline: a story view"));
        bench.results().add(Row.of("Cards list", "ms", Samples.timed(1, 5, () -> services.cards().pending()),
                view, "baseline: a story view"));
        bench.results().add(Row.of("Heroes year", "ms", Samples.timed(1, 5, () -> services.leaderboard().report(year)),
                view, "baseline: a story view"));
        bench.results().add(Row.of("VIP", "ms", Samples.timed(1, 5, () -> services.vipRoundUp().list(year)),
                view, "baseline: a story view"));
    }

    /** Today.agenda() on ~1M follow-ups over ~10k (the same open ones), against the same for its own due query. */
    private static void agenda(Bench bench) {
        Samples[] agenda = new Samples[2];
        Samples[] due = new Samples[2];
        BigDesk.Size[] sizes = {Desks.TEN_K, Desks.ONE_M};
        for (int i = 0; i < 2; i++) {
            Path desk = bench.desks().of(sizes[i]);
            try (Services services = bench.services(desk, sizes[i])) {
                Instant end = windowEnd(services.clock().instant(), services.clock().getZone());
                agenda[i] = Samples.timed(2, 7, () -> services.today().agenda());
                due[i] = Samples.timed(2, 7, () -> services.store().inTransaction(tx -> tx.followUps().dueBy(end)));
            }
        }
        double value = agenda[1].median() / agenda[0].median();
        double baseline = due[1].median() / due[0].median();
        bench.results().add(new Row("Today.agenda() at 1M vs 10k follow-ups", value, agenda[1].p99() / agenda[0].p99(),
                "x", baseline, value / baseline, String.format(Locale.ROOT, "agenda %.0f / %.0f ms; due query %.0f / %.0f ms",
                        agenda[1].median(), agenda[0].median(), due[1].median(), due[0].median())));
    }

    static Instant windowEnd(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return today.plusDays(1 + Today.DAYS_AHEAD).atStartOfDay(zone).toInstant();
    }

    /** Records referrals from the partners on a copy of the 100k desk: the last recordings against the first. */
    private static void record(Bench bench) {
        Path desk = Desks.copy(bench.desks().of(Desks.ISSUE), bench.scratch("record"));
        int warmUps = 5;
        int count = 60;
        try (Services services = bench.services(desk, Desks.ISSUE)) {
            int open = services.store().inTransaction(tx -> tx.followUps().countOpen());
            Samples all = new Samples();
            for (int i = 0; i < warmUps + count; i++) {
                NewReferral referral = NewReferral.of(BigDesk.name(1 + i % Desks.ISSUE.partners()), "Bench Client " + i,
                        Channel.PHONE, "Kitchen refit");
                long start = System.nanoTime();
                services.referrals().record(referral);
                if (i >= warmUps) {
                    all.add((System.nanoTime() - start) / 1e6);
                }
            }
            Samples first = new Samples();
            Samples last = new Samples();
            for (int i = 0; i < 10; i++) {
                first.add(all.values(i));
                last.add(all.values(count - 10 + i));
            }
            bench.results().add(new Row("recording one referral (" + open + " open follow-ups)", all.median(), all.p99(),
                    "ms", first.median(), last.median() / first.median(), String.format(Locale.ROOT,
                            "%d recordings; first 10: %.1f ms, last 10: %.1f ms (ratio = last / first)", count,
                            first.median(), last.median())));
        }
    }
}
