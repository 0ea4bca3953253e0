package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalContacts;

/**
 * The due list and the check-in lookup read by the indexes made for them (H2's own plan, EXPLAIN),
 * however many closed follow-ups the desk keeps; the counts Today shows come from the database.
 */
class DueListPlansTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private long anna;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        desk.use(tx -> {
            for (int i = 0; i < 300; i++) {
                long id = tx.followUps().insertRow(FollowUp.planned(FollowUpKind.THANK_REFERRER,
                        NOW.minus(Duration.ofHours(i)), anna, null, null));
                if (i % 3 != 0) {
                    tx.followUps().markDoneRow(id, NOW);
                }
            }
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theDueListRangeScansTheOpenDueIndexNotEveryOpenFollowUp() throws Exception {
        String plan = plan(FollowUpDao.class.getMethod("dueBy", Instant.class));
        assertTrue(plan.contains("FOLLOW_UP_OPEN_DUE: OPEN_DUE_AT >=") && plan.contains("AND OPEN_DUE_AT <="), plan);
    }

    @Test
    void thePartnersCheckInIsLookedUpByPartnerAndKindBeforeAndAfterTheStatisticsAreRefreshed() throws Exception {
        Method lookup = FollowUpDao.class.getMethod("openOfKind", long.class, FollowUpKind.class);
        assertReadsByPartner(plan(lookup));
        desk.store().refreshStatistics();
        assertReadsByPartner(plan(lookup));
    }

    @Test
    void theCountsOfOverdueDueTodayAndNextWeekAreCountedByTheDatabase() {
        desk.use(tx -> tx.followUps().insertRow(FollowUp.planned(FollowUpKind.GIFT, NOW.plus(Duration.ofHours(1)),
                anna, null, null)));
        desk.use(tx -> tx.followUps().insertRow(FollowUp.planned(FollowUpKind.GIFT, NOW.plus(Duration.ofDays(3)),
                anna, null, null)));
        DueCounts counts = desk.in(tx -> tx.followUps().dueCounts(NOW, NOW.plus(Duration.ofHours(2)),
                NOW.plus(Duration.ofDays(8))));
        assertEquals(new DueCounts(99, 2, 1), counts, "100 of 300 open; the one due at now itself is due today, not overdue");
    }

    @Test
    void aCallBegunOnAForbiddenThreadIsRefusedBeforeItReachesTheDatabase() {
        Thread caller = Thread.currentThread();
        desk.store().forbidCallsWhen(() -> Thread.currentThread() == caller);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> desk.in(tx -> tx.followUps().countOpen()));
        assertTrue(refused.getMessage().contains("must never wait on the database"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> desk.store().inSnapshot(tx -> tx.followUps().countOpen()));
        desk.store().forbidCallsWhen(() -> false);
        assertEquals(100, desk.count(tx -> tx.followUps().countOpen()), "allowed again, the same call runs");
    }

    private static void assertReadsByPartner(String plan) {
        String index = plan.substring(plan.indexOf("/*"), plan.indexOf("*/"));
        assertTrue(index.contains("PARTNER_ID =") && index.contains("KIND ="), plan);
    }

    /** H2's plan for the query of {@code method}, its parameters given as literals. */
    private String plan(Method method) throws SQLException {
        String sql = method.getAnnotation(SqlQuery.class).value()
                .replace(":until", "TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00'")
                .replace(":partner", String.valueOf(anna)).replace(":kind", "'HERO_CHECK_IN'");
        String base = desk.store().file().toString().replace(".mv.db", "");
        try (Connection connection = DriverManager.getConnection(H2FileSystem.of(StoreUrl.of(Path.of(base))), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
            plan.next();
            return plan.getString(1);
        }
    }
}
