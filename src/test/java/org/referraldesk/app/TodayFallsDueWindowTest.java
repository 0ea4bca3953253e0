package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.referraldesk.testing.MutableClock;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today left open while time passes: when what was due today falls due, the page moves it to
 * overdue by itself, and its count agrees with the rail badge (the reminder timer notices the clock
 * moved, checks, and the page reads the agenda again on that check).
 */
class TodayFallsDueWindowTest extends DeskWindowTest {
    private final MutableClock clock = MutableClock.at(CLOCK);

    @Override
    Clock clock() {
        return clock;
    }

    @Test
    void whatFallsDueWhileTodayIsOpenMovesToOverdueAndTheBadgeAgrees() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        Label overdue = lookup(".overdue-count").queryAs(Label.class);
        Label dueToday = lookup(".due-today-count").queryAs(Label.class);
        Label badge = lookup(".overdue-badge").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(overdue) > 0 && count(dueToday) > 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> badge.getText().equals(overdue.getText()));
        int late = count(overdue);
        int today = count(dueToday);

        clock.advance(Duration.ofHours(14).plusMinutes(59)); // 23:59 the same day: everything of today is due

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count(overdue) == late + today);
        assertEquals(0, count(dueToday));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> badge.getText().equals(overdue.getText()));
        ListView<?> list = (ListView<?>) lookup(".today-list").query();
        interact(() -> list.scrollTo(firstLineOf(list, "DUE_TODAY"))); // only the lines on screen are nodes
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".due-today-section .section-none").query().isVisible(), "Nothing else due today.");
    }

    /** Where a section begins in Today's list (its title line names it). */
    private static int firstLineOf(ListView<?> list, String section) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).toString().contains("section=" + section + ",")) {
                return i;
            }
        }
        throw new AssertionError("no " + section + " in " + list.getItems());
    }

    private static int count(Label label) {
        String text = label.getText();
        return text == null || text.isBlank() ? -1 : Integer.parseInt(text);
    }
}
