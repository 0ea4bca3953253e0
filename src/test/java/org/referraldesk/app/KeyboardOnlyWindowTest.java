package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk without a mouse (issue 16, ADR 0020): only key presses, typing and releases, no click and
 * no pointer move. A referral is recorded, a follow-up done and a story moved on; the rail, multi-line
 * fields, mnemonics and the shortcuts overlay answer the keyboard.
 */
class KeyboardOnlyWindowTest extends DeskWindowTest {
    private final KeyWalk keys = new KeyWalk(this, () -> stage);
    private static final KeyCodeCombination NEW_REFERRAL = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination TODAY = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination REFERRALS = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);

    @Override
    void fill(Store store) {
        Services.on(store, CLOCK, "test").referrals().record(
                NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A new boiler"));
    }

    @Test
    void aReferralIsRecordedAFollowUpDoneAndAStoryMovedOnWithTheKeyboardAlone() throws Exception {
        waitUntilVisible(".today-list");
        push(NEW_REFERRAL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isFocused("#referrerName"));
        typeText("Xavier Quinn");
        push(KeyCode.TAB).push(KeyCode.TAB);
        assertTrue(isFocused("#clientName"), "Tab, Tab: from the referrer's name past the email to the client's");
        typeText("Quentin Oxley");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".referral-table").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 2).orElse(false));

        push(TODAY);
        waitUntilVisible(".today-list");
        ListView<?> today = lookup(".today-list").queryListView();
        int due = dueCount();
        tabUntil(node -> node == today);
        for (int i = 0; i < 6 && !onARow(today); i++) {
            push(KeyCode.DOWN);
        }
        assertTrue(onARow(today), "Down reaches a follow-up's row");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dueCount() == due - 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".today-undo").tryQuery()
                .map(Node::isVisible).orElse(false));

        push(REFERRALS);
        waitUntilVisible(".referral-table");
        TableView<?> table = lookup(".referral-table").queryTableView();
        tabUntil(node -> node == table);
        push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntilVisible("#moveButton");
        Label stageLabel = lookup(".story-stage").queryAs(Label.class);
        String before = stageLabel.getText();
        tabUntil(node -> "moveButton".equals(node.getId()));
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !before.equals(stageLabel.getText()));
        assertNotEquals(before, stageLabel.getText(), "the story moved on to its next stage");
    }

    @Test
    void theRailAnswersCtrl2AndTheArrowKeysAndF1OrQuestionMarkShowTheShortcutsUntilEscape() throws Exception {
        waitUntilVisible(".today-list");
        push(REFERRALS);
        waitUntilVisible(".referral-list");
        assertTrue(rail("#referralsNav").isSelected(), "Ctrl+2 opened Referrals, the rail's second page");
        tabUntil(node -> node == rail("#referralsNav"));
        push(KeyCode.DOWN);
        waitUntilVisible(".partner-list");
        assertTrue(rail("#partnersNav").isSelected(), "Down opened the page below, Partners");
        assertTrue(rail("#partnersNav").isFocused(), "the focus stays on the rail");
        push(KeyCode.UP).push(KeyCode.UP);
        waitUntilVisible(".today-list");
        assertTrue(rail("#todayNav").isSelected(), "Up twice: back past Referrals to Today");

        push(KeyCode.F1);
        waitUntilVisible(".shortcuts");
        assertTrue(lookup("Ctrl+N").tryQuery().isPresent(), "the overlay lists Ctrl+N");
        assertTrue(lookup("Ctrl+1 \u2026 Ctrl+9").tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".shortcuts").tryQuery().isEmpty());
        assertTrue(rail("#todayNav").isFocused(), "the focus is back on the rail where it was");
        typeText("?");
        waitUntilVisible(".shortcuts");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".shortcuts").tryQuery().isEmpty());
    }

    @Test
    void inTheReasonFieldTabLeavesEnterMakesANewLineAndTheDialogsAnswerAltAndTheirLetters() throws Exception {
        openTheStory();
        tabUntil(node -> "lostButton".equals(node.getId()));
        Node opener = focusOwner();
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isFocused("#reason"));
        TextArea reason = lookup("#reason").queryAs(TextArea.class);
        typeText("Chose a cheaper offer");
        push(KeyCode.ENTER);
        typeText("and a faster start");
        assertEquals("Chose a cheaper offer\nand a faster start", reason.getText(), "Enter makes a new line");
        push(KeyCode.TAB);
        Node focused = focusOwner();
        assertTrue(focused instanceof Button button && button.getStyleClass().contains("accent"),
                "Tab left the note for the saving button, not Cancel: " + focused);
        assertEquals("Chose a cheaper offer\nand a faster start", reason.getText(), "no tab character typed");
        press(KeyCode.SHIFT).push(KeyCode.TAB).release(KeyCode.SHIFT);
        assertTrue(reason.isFocused(), "Shift+Tab comes back into the note");

        Button cancel = lookup(".dialog-pane .button").match((Button b) -> b.getText().replace("_", "").equals("Cancel"))
                .query();
        assertTrue(lookup("Cancel").tryQuery().isPresent(), "a lookup by the text still finds the button's label");
        pressAltAnd(cancel);
        waitUntilVisible("#leaveDiscard");
        assertEquals("Chose a cheaper offer\nand a faster start", reason.getText(), "typed work is asked about, not dropped");
        pressAltAnd(lookup("#leaveDiscard").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reason").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, opener::isFocused);
    }

    /** Alt and the button's underlined letter. */
    private void pressAltAnd(Button button) {
        String marked = button.getText();
        assertTrue(marked.contains("_"), "the button has a letter of its own: " + marked);
        String letter = marked.substring(marked.indexOf('_') + 1, marked.indexOf('_') + 2);
        press(KeyCode.ALT).type(KeyCode.getKeyCode(letter.toUpperCase(java.util.Locale.ROOT))).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The stored story, opened from the Referrals list by keyboard. */
    private void openTheStory() throws Exception {
        waitUntilVisible(".today-list");
        push(REFERRALS);
        waitUntilVisible(".referral-table");
        TableView<?> table = lookup(".referral-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        tabUntil(node -> node == table);
        push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntilVisible("#lostButton");
    }

    private ToggleButton rail(String id) {
        return lookup(id).queryAs(ToggleButton.class);
    }

    private int dueCount() {
        return count(".overdue-count") + count(".due-today-count") + count(".next-week-count");
    }

    private int count(String query) {
        return Integer.parseInt(lookup(query).queryAs(Label.class).getText());
    }

    /** The list's focused line is a follow-up's row (not a section's or a group's title). */
    private boolean onARow(ListView<?> list) {
        int focused = list.getFocusModel().getFocusedIndex();
        return lookup(".today-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(cell -> cell.getIndex() == focused && !from(cell).lookup(".today-row").queryAll().isEmpty());
    }

    private boolean isFocused(String query) {
        return lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    private void typeText(String text) {
        keys.type(text);
    }

    private void tabUntil(Predicate<Node> wanted) {
        keys.tabUntil(wanted);
    }

    private Node focusOwner() {
        return keys.focusOwner();
    }
}
