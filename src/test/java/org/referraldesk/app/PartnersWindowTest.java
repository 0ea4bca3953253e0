package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The partners screens in the real window: the list of partners and their Heroes, one partner, logging a call. */
class PartnersWindowTest extends DeskWindowTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy",
            Locale.getDefault(Locale.Category.FORMAT)).withZone(CLOCK.getZone());

    @Test
    @SuppressWarnings("unchecked")
    void theSamplePartnersAreListedWithTheirHeroesAndLoggingACallMovesTheNextCheckIn() throws Exception {
        addSampleData();
        clickOn("#partnersNav");
        TableView<PartnerSummary> table = lookup(".partner-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 16 && table.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#partnersNav").queryAs(ToggleButton.class).isSelected());
        assertFalse(lookup("#referralsNav").queryAs(ToggleButton.class).isSelected(), "one nav item at a time");
        assertTrue(lookup("16 partners").tryQuery().isPresent());
        assertEquals(12, table.getItems().stream().filter(PartnerSummary::isHero).count());
        // every row on screen (sixteen may not all fit) shows its Hero badge exactly when the partner is one
        for (javafx.scene.Node cell : lookup(".partner-table .table-row-cell").queryAll()) {
            PartnerSummary shown = ((javafx.scene.control.TableRow<PartnerSummary>) cell).getItem();
            if (shown != null) {
                assertEquals(shown.isHero(), cell.lookupAll(".hero-badge").stream().anyMatch(javafx.scene.Node::isVisible),
                        "a Hero badge only for the partners with a won story or marked by hand: " + shown.name());
            }
        }
        shoot("30-partners");

        PartnerSummary tom = table.getItems().stream().filter(p -> p.name().equals("Tom Brennan")).findFirst()
                .orElseThrow();
        doubleClickOn(lookup(".partner-name").match(LabeledMatchers.hasText("Tom Brennan")).queryLabeled());
        waitUntilVisible(".partner-title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Tom Brennan".equals(lookup(".partner-title").queryAs(Label.class).getText()));
        Label nextCheckIn = lookup(".next-check-in").queryAs(Label.class);
        assertEquals(DAY.format(tom.nextCheckInAt()), nextCheckIn.getText());
        assertEquals("Tom Brennan", lookup(".name-field").queryTextInputControl().getText());
        assertTrue(lookup("Brennan Property").tryQuery().isPresent(), "the company beneath the name");

        ListView<Touch> touches = lookup(".touch-list").queryListView();
        int before = touches.getItems().size();
        clickOn("Log a touch…");
        waitUntilVisible(".touch-note-field");
        clickOn(".touch-note-field").write("Caught up about the new office");
        clickOn("Log touch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> touches.getItems().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        Touch call = touches.getItems().get(0);
        assertEquals(TouchKind.CALL, call.kind());
        assertEquals(CLOCK.instant(), call.at());
        assertTrue(lookup(".touch-note").match(LabeledMatchers.hasText("Caught up about the new office")).tryQuery()
                .isPresent(), "the touch is listed");
        assertTrue(lookup(".touch-note-field").tryQuery().isEmpty(), "the dialog has closed");
        String moved = DAY.format(CLOCK.instant().plus(Duration.ofDays(182)));
        assertEquals(moved, nextCheckIn.getText(), "the next check-in is half a year from now");
        assertNotEquals(DAY.format(tom.nextCheckInAt()), nextCheckIn.getText());
        shoot("31-partner");
    }
}
