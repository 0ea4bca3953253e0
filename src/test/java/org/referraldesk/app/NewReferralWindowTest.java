package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.ui.common.DateTimeField;
import org.referraldesk.ui.common.LeaveQuestion;
import org.testfx.util.WaitForAsyncUtils;

/** The new-referral form in the real window: Ctrl+N or the list's button, messages on the fields, saving. */
class NewReferralWindowTest extends DeskWindowTest {

    @Test
    void ctrlNOpensTheFormWhichWaitsForTheReferrerAndThenSavesTheStoryIntoTheList() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        Stage dialog = waitForNewReferral();

        DateTimeField receivedAt = lookup("#receivedAt").queryAs(DateTimeField.class);
        assertEquals(LocalDate.of(2026, 11, 23), receivedAt.date().getValue(), "today, in the desk's time zone (London)");
        assertEquals("09:00", receivedAt.time().getText(), "now, in the desk's time zone (London)");
        assertTrue(newReferralSave().isDisabled(), "nothing to save yet");
        assertTrue(formField("#referrerName").isFocused(), "the caret starts in the referrer's name");

        clickOn(formField("#clientName")).write("Quentin Oxley");
        clickOn(formField("#need")).write("Wi-Fi for the new studio");
        clickOn(formField("#estimatedValue")).write("2400");
        Label referrerMessage = lookup("#referrerNameError").queryAs(Label.class);
        assertTrue(referrerMessage.isVisible(), "the referrer's name was left blank");
        assertEquals("Type the name of the person who referred the client.", referrerMessage.getText());
        assertTrue(newReferralSave().isDisabled(), "Save waits for the referrer");
        shoot(dialog, "10-new-referral");

        clickOn(formField("#referrerName")).write("Xavier Quinn");
        clickOn(formField("#referrerEmail")).write("xavier@quinn.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(referrerMessage.isVisible());
        assertFalse(newReferralSave().isDisabled());
        clickOn(lookup(".save-another").queryButton());

        Label saved = lookup(".saved-banner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, saved::isVisible);
        Instant received = DeskWindowTest.CLOCK.instant();
        assertTrue(saved.getText().startsWith("Saved. Follow-ups created:"), saved.getText());
        assertTrue(saved.getText().contains("Answer the client by " + shown(received.plus(Duration.ofDays(1)))),
                saved.getText());
        assertTrue(saved.getText().contains("Thank the referrer by " + shown(received.plus(Duration.ofDays(1)))),
                saved.getText());
        assertTrue(saved.getText().contains("Write the referrer a card by " + shown(received.plus(Duration.ofDays(3)))),
                saved.getText());
        shoot(dialog, "10-new-referral-saved");

        assertTrue(dialog.isShowing(), "Save and add another keeps the form open");
        assertEquals("", formField("#referrerName").getText(), "emptied for the next referral");
        assertEquals("", formField("#clientName").getText());
        assertTrue(formField("#referrerName").isFocused(), "the caret is back in the referrer's name");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertTrue(lookup("#" + LeaveQuestion.SAVE_ID).tryQuery().isEmpty(), "nothing typed since, nothing asked");
        TableView<ReferralSummary> table = referralTable(1);
        ReferralSummary story = table.getItems().get(0);
        assertEquals("Xavier Quinn", story.referrerName());
        assertEquals("Quentin Oxley", story.clientName());
        assertEquals("Wi-Fi for the new studio", story.need());
        assertEquals(received, story.receivedAt());
    }

    @Test
    void saveAndAddAnotherTakesADayTypedWithoutEnter() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitForNewReferral();
        clickOn(formField("#referrerName")).write("Xavier Quinn");
        clickOn(formField("#clientName")).write("Quentin Oxley");
        DateTimeField receivedAt = lookup("#receivedAt").queryAs(DateTimeField.class);
        interact(() -> receivedAt.date().getEditor().setText("20 Nov 2026"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".save-another").queryButton());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, lookup(".saved-banner").queryAs(Label.class)::isVisible);
        type(KeyCode.ESCAPE);
        TableView<ReferralSummary> table = referralTable(1);
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), table.getItems().get(0).receivedAt(),
                "the day in the field, not the one it showed before");
    }

    @Test
    void theListsButtonOpensTheFormWhereAKnownReferrerIsPickedAndEnterSavesAndCloses() throws Exception {
        addSampleData();
        clickOn("#newReferralButton");
        Stage dialog = waitForNewReferral();

        clickOn(formField("#referrerName")).write("Grace");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".auto-complete-popup .list-cell")
                .match((ListCell<?> cell) -> "Grace Kim".equals(cell.getText())).tryQuery().isPresent());
        clickOn(lookup(".auto-complete-popup .list-cell")
                .match((ListCell<?> cell) -> "Grace Kim".equals(cell.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Grace Kim", formField("#referrerName").getText());
        assertEquals("grace@kimco.example", formField("#referrerEmail").getText(), "the known contact's email");

        clickOn(formField("#clientName")).write("Quentin Oxley");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        TableView<ReferralSummary> table = referralTable(49);
        assertEquals("Grace Kim", table.getItems().get(0).referrerName());
        assertEquals("Quentin Oxley", table.getItems().get(0).clientName());
    }

    @Test
    void enterOnAnUnfinishedFormShowsEveryMessageAndEscapeAsksThenDiscardSavesNothing() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        Stage dialog = waitForNewReferral();
        clickOn(formField("#referrerName")).write("Xavier Quinn");
        Label clientMessage = lookup("#clientNameError").queryAs(Label.class);
        assertFalse(clientMessage.isVisible(), "the owner has not been to the client's name yet");

        type(KeyCode.ENTER);
        assertTrue(clientMessage.isVisible(), "Enter asks for what is missing");
        assertEquals("Type the client's name.", clientMessage.getText());
        assertTrue(dialog.isShowing());

        type(KeyCode.ESCAPE);
        waitUntilVisible("#" + LeaveQuestion.DISCARD_ID);
        assertTrue(dialog.isShowing(), "a typed name is not dropped without asking");
        clickOn("#" + LeaveQuestion.DISCARD_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertTrue(lookup("Add sample data").query().isVisible(), "still an empty desk");
    }

    /** The referrals list once it shows {@code rows} stories. */
    private TableView<ReferralSummary> referralTable(int rows) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".referral-table").tryQuery()
                .map(node -> ((TableView<?>) node).getItems().size() == rows && node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".referral-table").queryTableView();
    }

    private static String shown(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.getDefault(Locale.Category.FORMAT))
                .withZone(DeskWindowTest.CLOCK.getZone()).format(instant);
    }

    private static void shoot(Stage window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(window.getScene(), name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
