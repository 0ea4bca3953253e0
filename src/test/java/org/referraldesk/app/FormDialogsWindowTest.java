package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.ui.common.DateField;
import org.referraldesk.ui.common.LeaveQuestion;
import org.referraldesk.ui.common.TypedDates;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The small form dialogs in the real window: every date is a date field in the owner's locale, a
 * message lands on its field, and the dialog grows to show it without clipping or moving the buttons.
 */
class FormDialogsWindowTest extends DeskWindowTest {
    private static final ZoneId LONDON = CLOCK.getZone();

    @Test
    void aDayTypedIntoTheSnoozeDialogInTheOwnersFormatSnoozesUntilThenAndABlankSkipReasonIsRefused() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".overdue-section .snooze-button");
        javafx.scene.control.ListView<?> today = lookup(".today-list").queryAs(javafx.scene.control.ListView.class);
        int lines = today.getItems().size();
        clickOn(lookup(".overdue-section .snooze-button").<Node>query());
        clickOn("Pick a date…");
        waitUntilVisible(".snooze-date-picker");
        DateField until = lookup(".snooze-date-picker").queryAs(DateField.class);
        assertEquals(LocalDate.of(2026, 11, 24), until.getValue(), "tomorrow to begin with");
        String typed = TypedDates.showDay(LocalDate.of(2026, 12, 3), Locale.getDefault(Locale.Category.FORMAT));
        interact(() -> until.getEditor().clear());
        clickOn(until.getEditor()).write("soon");
        clickOn(okButton("Snooze"));
        waitUntilVisible(".snooze-date-error");
        String refused = lookup(".snooze-date-error").queryAs(Label.class).getText();
        assertTrue(refused.startsWith("Type the day like "), refused);
        assertEquals("soon", until.getEditor().getText(), "what was typed stays to be corrected");
        shootDialog(until, "52-today-snooze-dialog");
        interact(() -> until.getEditor().clear());
        clickOn(until.getEditor()).write(typed);
        clickOn(okButton("Snooze"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".snooze-date-picker").tryQuery().isEmpty());
        waitUntilVisible(".today-undo");
        assertTrue(lookup(".today-undo .label").queryAs(Label.class).getText().startsWith("Snoozed until 3 Dec 2026"),
                lookup(".today-undo .label").queryAs(Label.class).getText());
        // the snoozed row leaves the list when Today reloads, which may land after the undo bar shows
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> today.getItems().size() == lines - 1);
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(lookup(".overdue-section .skip-button").<Node>query());
        waitUntilVisible(".skip-reason-field");
        Button skip = okButton("Skip");
        javafx.geometry.Point2D before = skip.localToScreen(0, 0);
        clickOn(skip);
        waitUntilVisible(".skip-reason-error");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, skip.localToScreen(0, 0), "the message does not move the button");
        shootDialog(lookup(".skip-reason-field").query(), "53-today-skip-dialog");
        type(KeyCode.ESCAPE);
    }

    @Test
    void theNotAFitDialogShowsItsMessageAboveItsButtons() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        ReferralSummary patel = table.getItems().stream().filter(r -> r.clientName().equals("Patel Pharmacy"))
                .findFirst().orElseThrow();
        interact(() -> table.scrollTo(patel));
        doubleClickOn(lookup(".table-cell").match(LabeledMatchers.hasText("Patel Pharmacy")).<Label>query());
        waitUntilVisible("Fatima Haddad sent you Patel Pharmacy");
        clickOn("Not a fit…");
        waitUntilVisible("#onward");
        Button close = okButton("Close as not a fit");
        javafx.geometry.Point2D before = close.localToScreen(0, 0);
        clickOn(close);
        waitUntilVisible("#reasonError");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, close.localToScreen(0, 0));
        shootDialog(lookup("#onward").query(), "24-story-not-a-fit-dialog");
        type(KeyCode.ESCAPE);
    }

    @Test
    void aTouchAndAReferralGivenTakeTheirDayFromTheDateField() throws Exception {
        addSampleData();
        clickOn("#partnersNav");
        waitUntilVisible(".partner-name");
        doubleClickOn(lookup(".partner-name").match(LabeledMatchers.hasText("Tom Brennan")).queryLabeled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Tom Brennan".equals(lookup(".partner-title").queryAs(Label.class).getText()));

        clickOn("Log a touch…");
        waitUntilVisible(".touch-note-field");
        assertEquals(LocalDate.of(2026, 11, 23), lookup(".touch-date").queryAs(DateField.class).getValue());
        interact(() -> lookup(".touch-time").queryTextInputControl().clear());
        clickOn(".touch-time").write("half past");
        clickOn(okButton("Log touch"));
        waitUntilVisible("Enter the time as hours and minutes, such as 14:30.");
        shootDialog(lookup(".touch-note-field").query(), "32-log-touch-dialog");
        type(KeyCode.ESCAPE);
        waitUntilVisible("#" + LeaveQuestion.DISCARD_ID); // a typed time is not dropped without asking
        clickOn("#" + LeaveQuestion.DISCARD_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".touch-note-field").tryQuery().isEmpty());

        waitUntilVisible(".ledger-given-card");
        interact(() -> lookup(".log-given-button").match(Node::isVisible).<Button>query().fire());
        waitUntilVisible(".given-client");
        DateField day = lookup(".given-date").queryAs(DateField.class);
        assertEquals(LocalDate.of(2026, 11, 23), day.getValue(), "today to begin with");
        clickOn(".given-client").write("Frida Holm");
        interact(() -> day.getEditor().clear());
        clickOn(day.getEditor()).write(TypedDates.showDay(LocalDate.of(2026, 11, 2),
                Locale.getDefault(Locale.Category.FORMAT)));
        shootDialog(day, "33-given-dialog");
        clickOn(okButton("Log referral"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".given-client").tryQuery().isEmpty());
        ListView<GivenLine> given = lookup(".given-list").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> given.getItems().stream().anyMatch(line -> line.clientName().equals("Frida Holm")));
        GivenLine frida = given.getItems().stream().filter(line -> line.clientName().equals("Frida Holm"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 2), frida.givenAt().atZone(LONDON).toLocalDate(), "the day typed");
    }

    private Button okButton(String label) {
        return lookup(".dialog-pane .button").match((Button b) -> label.equals(b.getText().replace("_", ""))).query();
    }

    private static void shootDialog(Node inside, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(inside.getScene(), name);
        assertTrue(Files.size(file) > 5_000, name + " has content");
    }
}
