package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Today in the real window: the start screen, its counts, and Done taking an item off. */
class TodayWindowTest extends DeskWindowTest {

    @Test
    void theWindowOpensOnTodayWhichPointsAnEmptyDeskToReferrals() throws Exception {
        waitUntilVisible("Nothing due this week");
        assertTrue(lookup("#todayNav").queryAs(ToggleButton.class).isSelected(), "Today is the start screen");
        clickOn("Go to Referrals");
        waitUntilVisible("Add sample data");
        assertTrue(lookup("#referralsNav").queryAs(ToggleButton.class).isSelected(), "the rail follows");
        assertFalse(lookup("#todayNav").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void withTheSampleDataDoneOnTheFirstOverdueItemLowersTheOverdueCount() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".overdue-count");
        Label overdue = lookup(".overdue-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(overdue) > 0);
        int before = count(overdue);
        int week = count(lookup(".next-week-count").queryAs(Label.class));
        int today = count(lookup(".due-today-count").queryAs(Label.class));
        assertTrue(before + week + today > 0);
        assertTrue(lookup(".today-row.long-overdue").tryQuery().isPresent(), "long overdue rows are marked");

        Node firstDone = lookup(".overdue-section .done-button").query();
        clickOn(firstDone);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(overdue) == before - 1);
        waitUntilVisible(".today-message");
        assertTrue(lookup(".today-message").queryAs(Label.class).getText().startsWith("Done: "));
    }

    private static int count(Label label) {
        String text = label.getText();
        return text == null || text.isBlank() ? -1 : Integer.parseInt(text);
    }
}
