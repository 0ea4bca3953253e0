package org.referraldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.service.Agenda;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;

/** The suite's logic, not its timings: statistics, the JSON shape, the fill's counts, the probe lines. */
class BenchPiecesTest {
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void medianIsTheMiddleValueAndP99TheNearestRank() {
        Samples odd = Samples.of(5, 1, 3);
        assertEquals(3, odd.median());
        assertEquals(2.5, Samples.of(4, 1, 2, 3).median());
        Samples hundred = new Samples();
        for (int i = 1; i <= 100; i++) {
            hundred.add(i);
        }
        assertEquals(99, hundred.p99());
        assertEquals(5, odd.p99());
    }

    @Test
    void eachRowIsOneJsonObjectWithNameValueUnitBaselineAndRatio() {
        Results results = new Results();
        results.add(Row.of("search \"s\"", "ms", Samples.of(30), Samples.of(10), null));
        results.add(Row.missing("cold start, empty desk", "ms", "probe missing"));
        var json = results.json();
        assertEquals(2, json.size());
        assertEquals("search \"s\"", json.get(0).get("name").asText());
        assertEquals(30, json.get(0).get("value").asDouble());
        assertEquals("ms", json.get(0).get("unit").asText());
        assertEquals(10, json.get(0).get("baseline").asDouble());
        assertEquals(3, json.get(0).get("ratio").asDouble());
        assertTrue(json.get(1).get("value").isNull());
        assertEquals("probe missing", json.get(1).get("note").asText());
    }

    @Test
    void theFillMakesTheStoriesContactsPartnersAndFollowUpsAskedFor(@TempDir Path dir) throws Exception {
        BigDesk.Size size = new BigDesk.Size(50, 30, 5, 8, 2);
        Path desk = dir.resolve("desk");
        BigDesk.fill(desk, size, NOW);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + desk + ";MAX_COMPACT_TIME=0", "sa", "");
                Statement s = c.createStatement()) {
            assertEquals(50, count(s, "SELECT COUNT(*) FROM referral"));
            assertEquals(30, count(s, "SELECT COUNT(*) FROM contact"));
            assertEquals(5, count(s, "SELECT COUNT(*) FROM partner"));
            assertEquals(size.followUps(), count(s, "SELECT COUNT(*) FROM follow_up"));
            assertEquals(8 + 5, count(s, "SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL"));
            assertEquals(BigDesk.name(7), text(s, "SELECT name FROM contact WHERE id = 7"));
        }
        try (Services services = Services.on(Store.open(desk), Clock.fixed(NOW, ZoneOffset.UTC), "test")) {
            Agenda agenda = services.today().agenda();
            assertEquals(8 + 5, agenda.overdueCount() + agenda.dueTodayCount() + agenda.nextWeekCount());
        }
    }

    @Test
    void theProbeFileGivesShownScreensAndResidentMemory() {
        ProbeLines lines = ProbeLines.parse(List.of("shown 1400", "screen Today 180", "screen Referrals 90",
                "rss 171000000", "done"));
        assertEquals(1400, lines.shown().getAsDouble());
        assertEquals(180, lines.screens().get("Today"));
        assertEquals(171_000_000, lines.rss().getAsDouble());
        assertTrue(lines.done());
        assertTrue(ProbeLines.parse(List.of()).shown().isEmpty());
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
