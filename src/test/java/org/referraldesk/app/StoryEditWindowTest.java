package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Monday 2026-11-23 09:00 in London, in the real window, headless. Anna's referral of Ben was typed in
 * as arriving yesterday at 15:00; it really came at 08:00, so the reply was already overdue.
 */
class StoryEditWindowTest extends FxRobot {
    private static final Clock CLOCK = DeskWindowTest.CLOCK;

    @TempDir
    Path dir;
    private Desk desk;
    private Stage stage;

    @BeforeEach
    void showWindow() throws Exception {
        Store store = Store.open(dir.resolve("desk"));
        TempDesk.services(store, CLOCK).referrals().record(new NewReferral("Anna Keller", "anna@keller.example",
                "Ben Okafor", null, null, Channel.EMAIL_INTRODUCTION, "A new boiler",
                Instant.parse("2026-11-22T15:00:00Z"), null));
        new org.referraldesk.service.OwnerSettings(store).markWelcomed();
        stage = FxToolkit.registerPrimaryStage();
        desk = new Desk(store, CLOCK, new PickedFiles());
        FxToolkit.setupStage(desk::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        desk.close();
    }

    @Test
    void correctingTheReceivedTimeInTheWindowMovesTheOpenRepliesAndTheTimelineNotesIt() throws Exception {
        waitUntil(() -> lookup("#referralsNav").tryQuery().isPresent());
        clickOn("#referralsNav");
        waitUntil(() -> lookup("Ben Okafor").tryQuery().map(Node::isVisible).orElse(false));
        doubleClickOn("Ben Okafor");
        waitUntil(() -> lookup("Due 23 Nov 2026, 15:00").tryQuery().isPresent());

        clickOn("Edit…");
        waitUntil(() -> lookup("#clientName").tryQuery().map(Node::isVisible).orElse(false));
        TextField time = lookup("#receivedAt .time-field").query();
        assertEquals("15:00", time.getText());
        assertEquals("anna@keller.example", lookup("#referrerEmail").<TextField>query().getText());
        Scene dialog = time.getScene();
        assertTrue(dialog.getHeight() + 0.5 >= dialog.getRoot().prefHeight(dialog.getWidth()),
                "the dialog fits its content");
        interact(() -> time.setText("99:00"));
        clickOn("Save corrections");
        waitUntil(() -> lookup("#receivedAtError").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("Write the time of day as hours and minutes, such as 14:30.",
                lookup("#receivedAtError").<Label>query().getText());
        assertTrue(lookup("Due 23 Nov 2026, 15:00").tryQuery().isPresent(), "nothing was saved");

        interact(() -> time.setText("08:00"));
        clickOn("Save corrections");

        waitUntil(() -> lookup("#clientName").tryQuery().isEmpty());
        waitUntil(() -> lookup("Overdue since 23 Nov 2026, 08:00").tryQuery().isPresent());
        java.util.List<String> moved = java.util.List.of("Answer the client", "Thank the referrer");
        try {
            waitUntil(() -> movedReplies().equals(moved));
        } catch (java.util.concurrent.TimeoutException notMoved) {
            assertEquals(moved, movedReplies(), "the answer to the client and the thanks moved with the received time");
        }
        assertEquals("22 Nov 2026, 08:00", lookup("#received").<Label>query().getText());
        assertTrue(lookup("Corrected: received time").tryQuery().isPresent(), "the timeline notes the correction");
        assertTrue(lookup(".story-message").<Label>query().getText().startsWith("Corrected: received time."));
        Path file = Screenshots.take(stage.getScene(), "28-story-corrected");
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void aFollowUpMarkedDoneByMistakeIsReopenedFromTheStory() throws Exception {
        waitUntil(() -> lookup("#referralsNav").tryQuery().isPresent());
        clickOn("#referralsNav");
        waitUntil(() -> lookup("Ben Okafor").tryQuery().map(Node::isVisible).orElse(false));
        doubleClickOn("Ben Okafor");
        waitUntil(() -> lookup("Thank the referrer").tryQuery().isPresent());
        VBox thanks = (VBox) lookup("Thank the referrer").query().getParent();
        clickOn(thanks.lookup(".button"));
        waitUntil(() -> lookup("Done: Thank the referrer.").tryQuery().isPresent());

        Button reopen = lookup(".story-follow-up.closed .button").query();
        assertEquals("Reopen", reopen.getText());
        clickOn(reopen);

        waitUntil(() -> lookup("Reopened: Thank the referrer.").tryQuery().isPresent());
        assertTrue(lookup(".story-follow-up.closed").tryQuery().isEmpty(), "no follow-up is done any more");
    }

    /** The open follow-ups of the shown story overdue since the corrected time plus a day. */
    private java.util.List<String> movedReplies() {
        return lookup(".story-follow-up.open").queryAll().stream()
                .filter(row -> row.getScene() == stage.getScene()
                        && row.lookup(".story-follow-up-status") instanceof Label status
                        && status.getText().equals("Overdue since 23 Nov 2026, 08:00"))
                .map(row -> ((Label) row.lookup(".story-follow-up-title")).getText()).sorted().toList();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
