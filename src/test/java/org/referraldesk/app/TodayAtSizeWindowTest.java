package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/** Today on a busy desk: 3,000 follow-ups due, yet only the lines on screen become nodes. */
class TodayAtSizeWindowTest extends DeskWindowTest {
    private static final int OVERDUE = 1_000;
    private static final int DUE_TODAY = 1_200;
    private static final int NEXT_WEEK = 800;
    private static final FollowUpKind[] KINDS = {FollowUpKind.HERO_CHECK_IN, FollowUpKind.GIFT, FollowUpKind.CUSTOM};

    @Override
    void fill(Store store) {
        Instant now = CLOCK.instant(); // 09:00 in London
        store.useTransaction(tx -> {
            long partner = tx.contacts().insert(Contact.named("Busy Partner", "busy@example.com"), now);
            for (int i = 0; i < OVERDUE; i++) {
                due(tx, partner, i, now.minus(Duration.ofMinutes(i + 1)));
            }
            for (int i = 0; i < DUE_TODAY; i++) {
                due(tx, partner, i, now.plus(Duration.ofSeconds(30L * (i + 1)))); // by 19:00
            }
            Instant tomorrow = Instant.parse("2026-11-24T00:00:00Z");
            for (int i = 0; i < NEXT_WEEK; i++) {
                due(tx, partner, i, tomorrow.plus(Duration.ofMinutes(10L * i)));
            }
        });
    }

    private static void due(org.referraldesk.store.Tx tx, long partner, int i, Instant at) {
        tx.followUps().insertRow(FollowUp.planned(KINDS[i % KINDS.length], at, partner, null, null));
    }

    @Test
    void threeThousandDueMakeAFewDozenCellsAndTheCountsAreTheDatabasesOwn() throws Exception {
        waitUntilVisible(".today-list");
        Label overdue = lookup(".overdue-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> String.valueOf(OVERDUE).equals(overdue.getText()));
        assertEquals(String.valueOf(DUE_TODAY), lookup(".due-today-count").queryAs(Label.class).getText());
        assertEquals(String.valueOf(NEXT_WEEK), lookup(".next-week-count").queryAs(Label.class).getText());
        ListView<?> list = (ListView<?>) lookup(".today-list").query();
        int lines = list.getItems().size();
        assertEquals(3 + 3 * KINDS.length + OVERDUE + DUE_TODAY + NEXT_WEEK, lines, "titles, group titles, rows");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, // the cells come with the next layout pass
                () -> lookup(".today-list .today-cell").queryAll().size() > 5);
        assertFewCells("at the top");

        interact(() -> list.scrollTo(lines - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".next-week-section .today-row").tryQuery().isPresent(), "the end of the list shows");
        assertFewCells("at the end");
    }

    @Test
    void aDatabaseCallPlantedOnTheFxThreadFailsAtOnceWithAClearMessage() {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> WaitForAsyncUtils
                .asyncFx(() -> store.inTransaction(tx -> tx.referrals().anyStory())).get(10, TimeUnit.SECONDS));
        IllegalStateException refused = assertInstanceOf(IllegalStateException.class, failed.getCause());
        assertTrue(refused.getMessage().contains("JavaFX Application Thread"), refused.getMessage());
        boolean any = store.inTransaction(tx -> tx.referrals().anyStory());
        assertFalse(any, "off the FX thread the same call runs");
    }

    private void assertFewCells(String where) {
        int cells = lookup(".today-list .today-cell").queryAll().size();
        assertTrue(cells > 5 && cells < 80, where + ": " + cells + " cells for 3,000 rows");
        int rows = lookup(".today-list .today-row").queryAll().size();
        assertTrue(rows < 80, where + ": " + rows + " row nodes");
    }
}
