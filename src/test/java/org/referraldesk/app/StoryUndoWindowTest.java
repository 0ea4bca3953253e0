package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Wording;
import org.referraldesk.domain.ReferralSummary;
import org.testfx.util.WaitForAsyncUtils;

/** A stage move in the story view can be undone from its undo bar, in the real window. */
class StoryUndoWindowTest extends DeskWindowTest {

    @Test
    void undoingAMoveToTheMiddleActPutsTheStoryBackAndTakesTheUpdateAway() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        ReferralSummary contacted = table.getItems().stream().filter(r -> r.stage() == org.referraldesk.domain.Stage.CONTACTED).findFirst()
                .orElseThrow();
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(contacted);
        });
        type(KeyCode.ENTER);
        waitUntilVisible(Wording.isolated(contacted.referrerName()) + " sent you " + Wording.isolated(contacted.clientName()));
        Label stageLabel = lookup(".story-stage").query();
        String before = stageLabel.getText();
        int open = lookup(".story-follow-up.open").queryAll().size();
        Node bar = lookup(".undo-bar").match(n -> n.getClass().getSimpleName().equals("StoryUndoBar")).query();
        assertTrue(!bar.isVisible(), "nothing to undo yet");

        clickOn("Move to meeting booked");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, bar::isVisible);
        assertTrue(lookup("Moved to meeting booked").tryQuery().isPresent(), "the bar says what it would undo");
        assertEquals(open + 1, lookup(".story-follow-up.open").queryAll().size(), "the update to the referrer");
        shoot("26-story-undo-bar");

        clickOn("#storyUndoButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !bar.isVisible() && before.equals(stageLabel.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(open, lookup(".story-follow-up.open").queryAll().size(), "the update is gone again");
        assertTrue(lookup(".story-message").<Label>query().getText().startsWith("Undone: the story is back at"));
        assertTrue(lookup("Move to meeting booked").tryQuery().map(Node::isVisible).orElse(false));
    }
}
