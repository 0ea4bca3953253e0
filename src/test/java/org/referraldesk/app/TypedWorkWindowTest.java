package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.ui.common.LeaveQuestion;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Typed work is never lost (ADR 0010): leaving a screen with unsaved edits asks, and the answer is kept. */
class TypedWorkWindowTest extends DeskWindowTest {
    private static final String NOTE = "Prefers a call after four";

    @Test
    void leavingAPartnerPageWithTypedNotesAsksAndKeepEditingStaysOnThePage() throws Exception {
        openTom();
        typeNotes();
        clickOn("#todayNav");
        waitUntilVisible("#" + LeaveQuestion.CANCEL_ID);
        assertTrue(lookup("Save what you typed?").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(stage.getScene(), "34-partner-leave");
        Screenshots.take(lookup("#" + LeaveQuestion.CANCEL_ID).query().getScene(), "34-partner-leave-question");
        clickOn("#" + LeaveQuestion.CANCEL_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTE, notes().getText(), "the typed notes are still there");
        assertTrue(lookup(".partner-title").tryQuery().map(javafx.scene.Node::isVisible).orElse(false),
                "the partner page still shows");
        assertTrue(lookup("#partnersNav").queryAs(ToggleButton.class).isSelected(), "the rail shows where the owner is");
    }

    @Test
    void saveOnLeavingKeepsTheNotes() throws Exception {
        openTom();
        typeNotes();
        clickOn("#todayNav");
        waitUntilVisible("#" + LeaveQuestion.SAVE_ID);
        clickOn("#" + LeaveQuestion.SAVE_ID);
        waitUntilVisible(".today");
        assertTrue(lookup("#todayNav").queryAs(ToggleButton.class).isSelected());
        openTom();
        assertEquals(NOTE, notes().getText(), "the notes were saved on the way out");
    }

    @Test
    void discardOnLeavingDropsTheNotes() throws Exception {
        openTom();
        String before = notes().getText();
        typeNotes();
        clickOn("#todayNav");
        waitUntilVisible("#" + LeaveQuestion.DISCARD_ID);
        clickOn("#" + LeaveQuestion.DISCARD_ID);
        waitUntilVisible(".today");
        openTom();
        assertEquals(before, notes().getText(), "nothing typed was stored");
    }

    @Test
    void closingTheWindowWithTypedNotesAsksFirst() throws Exception {
        openTom();
        typeNotes();
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntilVisible("#" + LeaveQuestion.CANCEL_ID);
        clickOn("#" + LeaveQuestion.CANCEL_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Keep editing leaves the window open");
        assertEquals(NOTE, notes().getText());
    }

    @Test
    void aChangedNameInSettingsIsSavedWhenTheOwnerSaysSoOnLeaving() throws Exception {
        openReferrals();
        clickOn("#settingsNav");
        TextField business = lookup(".business-name").queryAs(TextField.class);
        TextField gift = lookup(".gift-percent").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "10".equals(gift.getText()));
        doubleClickOn(business);
        interact(business::selectAll);
        write("Brennan Plumbing");
        clickOn("#todayNav");
        waitUntilVisible("#" + LeaveQuestion.SAVE_ID);
        clickOn("#" + LeaveQuestion.SAVE_ID);
        waitUntilVisible(".today");
        clickOn("#settingsNav");
        TextField again = lookup(".business-name").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Brennan Plumbing".equals(again.getText()));
    }

    @Test
    void aSaveSettingsRefusesOnLeavingKeepsSettingsShowingAndSelectedOnTheRail() throws Exception {
        openReferrals();
        clickOn("#settingsNav");
        TextField gift = lookup(".gift-percent").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "10".equals(gift.getText()));
        doubleClickOn(gift);
        interact(gift::selectAll);
        write("20");
        clickOn("#todayNav");
        waitUntilVisible("#" + LeaveQuestion.SAVE_ID);
        clickOn("#" + LeaveQuestion.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(lookup(".today").tryQuery().isEmpty(), "the refused Save keeps Settings showing");
        assertTrue(lookup("#settingsNav").queryAs(ToggleButton.class).isSelected(), "and the rail says so");
        assertTrue(!lookup("#todayNav").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void leavingAScreenWithNothingTypedAsksNothing() throws Exception {
        openTom();
        clickOn("#todayNav");
        waitUntilVisible(".today");
        assertTrue(lookup("#" + LeaveQuestion.SAVE_ID).tryQuery().isEmpty());
    }

    @Test
    void anEmptyTrashSaysSoOnce() throws Exception {
        waitUntilVisible("#trashNav");
        clickOn("#trashNav");
        waitUntilVisible("The trash is empty.");
        assertEquals(1, lookup("The trash is empty.").queryAll().stream()
                .filter(n -> n instanceof Label && n.isVisible()).count());
        assertTrue(lookup(".trash-table .placeholder .label").queryAll().stream().noneMatch(javafx.scene.Node::isVisible),
                "the table itself says nothing");
        assertTrue(lookup("No content in table").tryQuery().isEmpty(), "no second message from the table");
    }

    private void openTom() throws Exception {
        if (lookup(".referral-table").tryQuery().isEmpty()) {
            addSampleData();
        }
        clickOn("#partnersNav");
        waitUntilVisible(".partner-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup(".partner-table").<PartnerSummary>queryTableView().getItems().size() == 16);
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(lookup(".partner-name").match(LabeledMatchers.hasText("Tom Brennan")).queryLabeled());
        waitUntilVisible(".partner-title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Tom Brennan".equals(lookup(".partner-title").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeNotes() {
        TextArea notes = notes();
        interact(() -> notes.setText(""));
        clickOn(notes).write(NOTE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextArea notes() {
        return lookup("#notesField").queryAs(TextArea.class);
    }
}
