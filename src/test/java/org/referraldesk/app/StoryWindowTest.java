package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Wording;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.ReferralSummary;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The story view in the real window, headless, on the sample desk. */
class StoryWindowTest extends DeskWindowTest {

    @Test
    void aStoryInTheMiddleActClosesAsWonAndShowsTheGiftWithItsBudget() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        ReferralSummary patel = row(table, "Patel Pharmacy");
        assertEquals(Act.MIDDLE, patel.act());
        interact(() -> table.scrollTo(patel));
        doubleClickOn(lookup(".table-cell").match(LabeledMatchers.hasText("Patel Pharmacy")).<Label>query());

        waitUntilVisible("Fatima Haddad sent you Patel Pharmacy");
        assertTrue(lookup(".story-act.current").match(node -> node.lookup(".story-act-title") instanceof Label title
                && title.getText().equals("Middle")).tryQuery().isPresent(), "the middle act is highlighted");
        assertTrue(lookup(".story-follow-up.open").queryAll().size() >= 2, "open follow-ups are listed");
        shoot(stage.getScene(), "20-story");

        clickOn("Won…");
        waitUntilVisible("#revenue");
        clickOn("#revenue").write("5000");
        clickOn("#profit").write("abc");
        Button closeAsWon = lookup(".story-dialog .button").match((Button b) -> "Close as won".equals(b.getText().replace("_", ""))).query();
        Point2D before = closeAsWon.localToScreen(0, 0);
        clickOn(closeAsWon);
        waitUntilVisible("Profit must be an amount such as 2000 or 2000.00.");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, closeAsWon.localToScreen(0, 0), "the message grew the dialog upwards: the button stays under the pointer");
        Scene dialog = lookup("#profit").query().getScene();
        Label profitMessage = lookup("#profitError").query();
        assertTrue(profitMessage.localToScene(profitMessage.getBoundsInLocal()).getMaxY() <= closeAsWon.localToScene(0, 0).getY(),
                "the message sits above the buttons, nothing clipped");
        assertTrue(dialog.getHeight() + 0.5 >= dialog.getRoot().prefHeight(dialog.getWidth()), "the dialog fits its content");
        shoot(dialog, "21-story-won-dialog");
        assertTrue(lookup(giftWithBudget("200.00")).tryQuery().isEmpty(), "nothing was saved");

        interact(() -> lookup("#profit").<TextField>query().clear());
        clickOn("#profit").write("2000");
        clickOn("Close as won");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(giftWithBudget("200.00")).tryQuery().isPresent());
        assertTrue(lookup("#profit").tryQuery().isEmpty(), "the dialog closed");
        String message = lookup(".story-message").<Label>query().getText();
        assertTrue(message.startsWith("Closed as won. Created: ")
                && message.matches(".*Gift \\(budget 200\\.00( [A-Z]{3})?\\) by 7 Dec 2026.*"), message);
        assertTrue(lookup("Reopen…").tryQuery().map(Node::isVisible).orElse(false));
        assertFalse(lookup("Won…").tryQuery().map(Node::isVisible).orElse(false), "won only once");
        Label gift = lookup(giftWithBudget("200.00")).query();
        interact(() -> lookup(".story-scroll").<ScrollPane>query().setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        Node window = stage.getScene().getRoot();
        Bounds screen = window.localToScreen(window.getBoundsInLocal());
        assertTrue(screen.contains(gift.localToScreen(gift.getBoundsInLocal())), "the gift is on screen");
        shoot(stage.getScene(), "22-story-won");
        clickOn(".theme-switch");
        shoot(stage.getScene(), "23-story-won-dark");
        clickOn(".theme-switch");
    }

    @Test
    void enterOnARowOpensItsStoryAndTheLinkLeadsBackToTheList() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        ReferralSummary newest = table.getItems().get(0);
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(newest);
        });
        type(KeyCode.ENTER);
        waitUntilVisible(Wording.isolated(newest.referrerName()) + " sent you " + Wording.isolated(newest.clientName()));

        clickOn("Back to referrals");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup(".referral-table").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(lookup("48 referrals").tryQuery().isPresent());
    }

    @Test
    void aMessageFollowUpCopiesItsTemplateFilledWithTheStorysNames() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        ReferralSummary newest = table.getItems().get(0);
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(newest);
        });
        type(KeyCode.ENTER);
        waitUntilVisible(Wording.isolated(newest.referrerName()) + " sent you " + Wording.isolated(newest.clientName()));
        clickOn("Copy message");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".story-message-status").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertTrue(lookup(".story-message-status").<Label>query().getText().startsWith("Copied the message"));
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(10, TimeUnit.SECONDS);
        assertTrue(copied != null && copied.contains(newest.referrerName().split(" ")[0]), copied);
    }

    private static ReferralSummary row(TableView<ReferralSummary> table, String client) {
        return table.getItems().stream().filter(r -> r.clientName().equals(client)).findFirst().orElseThrow();
    }

    private static void shoot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(scene, name);
        assertTrue(Files.size(file) > 5_000, name + " has content");
    }

    /** The gift follow-up's title, "Gift · budget 200.00" with the owner's currency after it. */
    private static java.util.function.Predicate<Node> giftWithBudget(String amount) {
        return node -> node instanceof Label label && label.getText() != null
                && label.getText().matches("Gift · budget " + java.util.regex.Pattern.quote(amount) + "( [A-Z]{3})?");
    }
}
