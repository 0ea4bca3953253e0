package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Today in the real window: the start screen, its counts, acting from a row, picking several, undo. */
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
        waitUntilVisible(".today-undo");
        assertTrue(lookup(".today-undo .label").queryAs(Label.class).getText().startsWith("Done: "));
    }

    @Test
    void copyMessageOnARowPutsItsMessageOnTheClipboardWithoutOpeningTheStory() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".copy-message-button");
        Node row = lookup(".copy-message-button").query().getParent().getParent();
        String kind = from(row).lookup(".row-kind").queryAs(Label.class).getText();
        clickOn(lookup(".copy-message-button").<Node>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".today-message").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertEquals("Copied the message to the clipboard.", lookup(".today-message").queryAs(Label.class).getText());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(10, TimeUnit.SECONDS);
        assertTrue(copied != null && copied.length() > 40, kind + ": " + copied);
        assertFalse(copied.contains("{"), copied);
        assertTrue(lookup("#todayNav").queryAs(ToggleButton.class).isSelected(), "still on Today");
    }

    @Test
    void twoPickedRowsAreDoneAtOnceAndUndoPutsThemBack() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        Label overdue = lookup(".overdue-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(overdue) > 2);
        int before = count(overdue);
        List<Node> picks = List.copyOf(lookup(".overdue-section .row-pick").queryAll());
        clickOn(picks.get(0));
        clickOn(picks.get(1));
        waitUntilVisible(".picked-bar");
        assertEquals("2 picked", lookup(".picked-count").queryAs(Label.class).getText());

        clickOn(".picked-done");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(overdue) == before - 2);
        waitUntilVisible(".today-undo");
        assertEquals("2 follow-ups done.", lookup(".today-undo .label").queryAs(Label.class).getText());
        assertFalse(lookup(".picked-bar").query().isVisible(), "nothing picked any more");
        Label badge = lookup(".overdue-badge").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> badge.getText().equals(overdue.getText()));

        clickOn(".undo-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(overdue) == before);
        assertFalse(lookup(".today-undo").query().isVisible());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> badge.getText().equals(overdue.getText()));
    }

    @Test
    void spaceTogglesTheFocusedRowAndCtrlAPicksEveryRow() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".today-row");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(".today-row .row-kind").match(this::inTheList).tryQuery().isPresent());
        clickOn(lookup(".today-row .row-kind").match(this::inTheList).<Node>query());
        type(KeyCode.SPACE);
        waitUntilVisible(".picked-bar");
        assertEquals("1 picked", lookup(".picked-count").queryAs(Label.class).getText());
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        int rows = count(lookup(".overdue-count").queryAs(Label.class))
                + count(lookup(".due-today-count").queryAs(Label.class))
                + count(lookup(".next-week-count").queryAs(Label.class)); // every row, on screen or not
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup(".picked-count").queryAs(Label.class).getText().equals(rows + " picked"));
        clickOn(".picked-clear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup(".picked-bar").query().isVisible());
    }

    /**
     * Shown inside the list's viewport: the list keeps a cell or two hidden to measure and reuse, and
     * the cell below the last whole one is cut off by the list's edge, so a click there lands elsewhere.
     */
    private boolean inTheList(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Node list = lookup(".today-list").query();
        Bounds shown = list.localToScene(list.getBoundsInLocal());
        Bounds at = node.localToScene(node.getBoundsInLocal());
        return shown.contains(at.getCenterX(), at.getCenterY());
    }

    private static int count(Label label) {
        String text = label.getText();
        return text == null || text.isBlank() ? -1 : Integer.parseInt(text);
    }
}
