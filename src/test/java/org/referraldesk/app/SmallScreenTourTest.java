package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk on a small screen (1024 × 768) with the sample data's long, right-to-left and emoji names:
 * every rail page, the stories and the page of the long-named and the Arabic-named partner, and the
 * New referral dialog, as target/screenshots/small-NN-name.png. Times, amounts and actions stay whole.
 */
class SmallScreenTourTest extends DeskWindowTest {
    static final String LONG_NAME = "Maximiliane Alexandra Theodora von Hohenberg-Schwarzenfeld zu Lichtenstein-Amsel";
    static final String SALMA = "\u0633\u0644\u0645\u0649 \u064a\u0648\u0633\u0641";

    private double widthBefore;
    private double heightBefore;

    @BeforeEach
    void smallWindow() {
        interact(() -> {
            widthBefore = stage.getWidth();
            heightBefore = stage.getHeight();
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window tests share one stage per JVM: the next test class gets the size it had before. */
    @org.junit.jupiter.api.AfterEach
    void windowAsBefore() {
        interact(() -> {
            stage.setWidth(widthBefore);
            stage.setHeight(heightBefore);
        });
    }

    @Test
    void everyScreenIsUsableAt1024By768WithLongAndRightToLeftNames() throws Exception {
        addSampleData();
        shoot("small-01-referrals");

        clickOn("#todayNav");
        waitUntilVisible(".today-row");
        shoot("small-02-today");
        List<Node> rows = List.copyOf(lookup(".today-row").queryAll());
        assertFalse(rows.isEmpty());
        for (Node row : rows) {
            if (row.isVisible() && insideWindow(row)) {
                for (Node due : row.lookupAll(".row-due")) {
                    assertWhole((Labeled) due);
                }
                for (Node link : row.lookupAll(".story-link")) {
                    assertWhole((Labeled) link);
                }
                Node story = row.lookup(".story-link");
                Node when = row.lookup(".row-when");
                if (story != null) {
                    assertTrue(story.localToScene(story.getBoundsInLocal()).getMaxX()
                            <= when.localToScene(when.getBoundsInLocal()).getMinX() + 0.5,
                            "the story link ends before the due time begins: " + ((Labeled) story).getText());
                }
                for (Node button : row.lookupAll(".row-buttons .button")) {
                    assertTrue(insideWindow(button), "a row's buttons stay in the window: " + button);
                }
            }
        }

        clickOn("#partnersNav");
        waitUntilVisible(".partner-table");
        shoot("small-03-partners");
        clickOn("#cardsNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup(".card-entry").queryAll().isEmpty());
        shoot("small-04-cards");
        clickOn("#vipNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".vip-table").tryQuery()
                .map(t -> t.isVisible() && !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        shoot("small-05-vip");

        clickOn("#leaderboardNav");
        waitUntilVisible(".hero-chart");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heroBars() > 0);
        shoot("small-06-heroes");
        assertTrue(lookup(".hero-chart .axis Text").queryAll().stream()
                .anyMatch(t -> ((Text) t).getText().startsWith("\u2605 Maximiliane") && ((Text) t).getText().endsWith("\u2026")),
                "the long name is on the axis, cut short");
        for (String tab : List.of("#byReferrals", "#byRevenue", "#byProfit")) {
            assertWhole(lookup(tab).queryLabeled());
        }
        clickOn("#byRevenue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heroBars() > 0);
        shoot("small-07-heroes-revenue");

        clickOn("#dataNav");
        waitUntilVisible(".data-screen");
        shoot("small-08-data");
        clickOn("#settingsNav");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("small-09-settings");

        openStory("Bayview Dental Practice");
        shoot("small-10-story-long-name");
        openStory("Tariq Aziz");
        shoot("small-11-story-arabic-partner");
        openStory("\u0643\u0631\u064a\u0645 \u0646\u0627\u0635\u0631");
        shoot("small-12-story-arabic-client");

        clickOn("#partnersNav");
        waitUntilVisible(".partner-table");
        TableView<org.referraldesk.domain.PartnerSummary> partners = lookup(".partner-table").queryTableView();
        interact(() -> partners.scrollTo(partners.getItems().stream().filter(p -> p.name().equals(LONG_NAME))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(lookup(".partner-name").match(LabeledMatchers.hasText(LONG_NAME)).queryLabeled());
        waitUntilVisible(".partner-title");
        shoot("small-13-partner-long-name");
        for (Node button : lookup(".partner-header .button").queryAll()) {
            assertTrue(!button.isVisible() || insideWindow(button), "the partner's buttons stay in the window");
        }

        clickOn("#referralsNav");
        waitUntilVisible("#newReferralButton");
        clickOn("#newReferralButton");
        waitUntilVisible("#referrerName");
        shootWindow("#referrerName", "small-14-new-referral");
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#referrerName").tryQuery().isEmpty());
        clickOn(".theme-switch");
        clickOn("#newReferralButton");
        waitUntilVisible("#referrerName");
        shootWindow("#referrerName", "small-14-new-referral-dark");
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#referrerName").tryQuery().isEmpty());
        shoot("small-14-referrals-dark");
        clickOn(".theme-switch");

        TableView<org.referraldesk.domain.ReferralSummary> table = lookup(".referral-table").queryTableView();
        interact(() -> {
            int row = table.getItems().indexOf(table.getItems().stream()
                    .filter(r -> r.referrerName().equals(LONG_NAME)).findFirst().orElseThrow());
            table.scrollTo(row);
            table.getSelectionModel().select(row);
            table.requestFocus();
        });
        type(javafx.scene.input.KeyCode.DELETE);
        waitUntilVisible(".undo-bar");
        clickOn("#trashNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".trash-table").tryQuery()
                .map(t -> t.isVisible() && !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        shoot("small-15-trash");
    }

    private void openStory(String client) throws Exception {
        clickOn("#referralsNav");
        waitUntilVisible(".referral-table");
        TableView<org.referraldesk.domain.ReferralSummary> table = lookup(".referral-table").queryTableView();
        interact(() -> table.scrollTo(table.getItems().stream().filter(r -> r.clientName().equals(client))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(lookup(".referral-table .table-cell").match(LabeledMatchers.hasText(client)).<Labeled>query());
        waitUntilVisible(".story-stage");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup(".story-stage").queryLabeled().getText().isEmpty());
        assertWhole(lookup(".story-stage").queryLabeled());
    }

    /** A label shows its whole text (not cut with an ellipsis) and lies inside the window. */
    private void assertWhole(Labeled label) {
        WaitForAsyncUtils.waitForFxEvents();
        Text shown = (Text) label.lookup(".text");
        assertTrue(shown != null && shown.getText().equals(label.getText()),
                "shown whole: \"" + label.getText() + "\" as \"" + (shown == null ? null : shown.getText()) + "\"");
        assertTrue(insideWindow(label), "inside the window: " + label.getText());
        assertTrue(label.getTextOverrun() != OverrunStyle.CLIP || label.getWidth() >= label.prefWidth(-1) - 0.5);
    }

    private boolean insideWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinX() >= 0 && bounds.getMaxX() <= node.getScene().getWidth() + 0.5
                && bounds.getMinY() >= 0 && bounds.getMaxY() <= node.getScene().getHeight() + 0.5;
    }

    private int heroBars() {
        return lookup(".hero-chart").tryQuery().map(chart -> ((BarChart<?, ?>) chart).getData())
                .filter(data -> !data.isEmpty()).map(data -> data.get(0).getData().size()).orElse(0);
    }
}
