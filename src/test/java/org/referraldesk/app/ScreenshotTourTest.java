package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tour: every main screen, with the sample data, in the light and the dark theme,
 * as PNGs in target/screenshots. Look at them after a change to the window.
 */
class ScreenshotTourTest extends DeskWindowTest {

    @Test
    void everyMainScreenIsPhotographedInBothThemes() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        shoot("01-referrals-empty");
        addSampleData();
        shoot("02-referrals");
        clickOn(".theme-switch");
        shoot("03-referrals-dark");
        clickOn(".theme-switch");
    }

    @Test
    void theTrashIsPhotographedWithADeletedStory() throws Exception {
        addSampleData();
        clickOn(".referral-table .table-row-cell");
        type(javafx.scene.input.KeyCode.DELETE);
        waitUntilVisible(".undo-bar");
        shoot("04-referrals-undo");
        clickOn("Trash");
        waitUntilVisible(".trash-table");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !lookup(".trash-table").queryTableView().getItems().isEmpty());
        clickOn(".trash-table .table-row-cell");
        shoot("05-trash");
    }

    @Test
    void theVipRoundUpIsPhotographedEmptyAndInTheDarkTheme() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        clickOn("#vipNav");
        waitUntilVisible(".vip-screen .empty-state");
        shoot("61-vip-empty");
        clickOn("#referralsNav");
        addSampleData();
        clickOn("#vipNav");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".vip-table").tryQuery().map(t -> t.isVisible()
                        && !((javafx.scene.control.TableView<?>) t).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(".vip-partner-name");
        clickOn("Mark sent");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".vip-chip.sent").tryQuery().isPresent());
        clickOn("Accepted");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".vip-chip.accepted").tryQuery().isPresent());
        clickOn(".theme-switch");
        shoot("62-vip-dark");
        clickOn(".theme-switch");
    }

    @Test
    void todayIsPhotographedEmptyAndWithTheSampleDataInBothThemes() throws Exception {
        waitUntilVisible("Nothing due this week");
        shoot("50-today-empty");
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".today-row");
        shoot("50-today");
        clickOn(".theme-switch");
        shoot("51-today-dark");
        clickOn(".theme-switch");
    }

    @Test
    void giftsPublicThanksAndTheTwoWayLedgerArePhotographed() throws Exception {
        javafx.scene.control.TableView<org.referraldesk.domain.ReferralSummary> table = addSampleData();
        openStory(table, "Patel Pharmacy");
        clickOn("Won…");
        waitUntilVisible("#revenue");
        clickOn("#revenue").write("5000");
        clickOn("#profit").write("2000");
        clickOn("Close as won");
        waitUntilVisible(".log-gift-button");
        interact(() -> lookup(".log-gift-button").<javafx.scene.control.Button>query().fire());
        waitUntilVisible(".gift-what");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !lookup(".gift-amount").<javafx.scene.control.TextField>query().getText().isEmpty());
        clickOn(".gift-what").write("Afternoon tea for two");
        shootWindow(".log-gift-dialog", "91-gift-dialog");
        clickOn(lookup(".log-gift-dialog .button").match(n -> n instanceof javafx.scene.control.Button b
                && "Log gift".equals(b.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".log-gift-dialog").tryQuery().isEmpty() && lookup(".log-gift-button").tryQuery().isEmpty());
        waitUntilVisible(".posted-button");
        interact(() -> lookup(".posted-button").<javafx.scene.control.Button>query().fire());
        waitUntilVisible(".posted-where");
        clickOn("LinkedIn");
        shootWindow(".posted-dialog", "94-public-thanks-posted");
        clickOn("Mark as posted");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".posted-dialog").tryQuery().isEmpty());
        interact(() -> lookup(".story-scroll").<javafx.scene.control.ScrollPane>query().setVvalue(1.0));
        shoot("92-story-gift-logged");

        interact(() -> lookup(".story-back").<javafx.scene.control.Hyperlink>query().fire());
        waitUntilVisible(".referral-table");
        table = lookup(".referral-table").queryTableView();
        openStory(table, "Noah Walsh");
        waitUntilVisible(".story-no-gift");
        shoot("93-story-no-gift");

        clickOn("#partnersNav");
        waitUntilVisible(".partner-name");
        doubleClickOn(lookup(".partner-name").match(org.testfx.matcher.control.LabeledMatchers.hasText("Junior Alvarez"))
                .queryLabeled());
        waitUntilVisible(".ledger-given-card");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !lookup(".given-list").<javafx.scene.control.ListView<?>>query().getItems().isEmpty());
        shoot("90-partner-ledger");
        interact(() -> lookup(".partner-view .scroll-pane").<javafx.scene.control.ScrollPane>query().setVvalue(1.0));
        shoot("90-partner-ledger-given");
        clickOn(".theme-switch");
        shoot("90-partner-ledger-dark");
        clickOn(".theme-switch");
        clickOn("#settingsNav");
        waitUntilVisible(".currency-code");
        shoot("94-settings-currency");
    }

    private void openStory(javafx.scene.control.TableView<org.referraldesk.domain.ReferralSummary> table, String client)
            throws Exception {
        org.referraldesk.domain.ReferralSummary row = table.getItems().stream()
                .filter(r -> r.clientName().equals(client)).findFirst().orElseThrow();
        interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(client))
                .<javafx.scene.control.Label>query());
        waitUntilVisible(".story-follow-ups");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".story-hero-line .title-2").<javafx.scene.control.Label>query().getText().endsWith(client));
    }

    private void shootWindow(String query, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(lookup(query).query().getScene(), name);
        assertTrue(Files.size(file) > 5_000, name + " has content");
    }

    private void shoot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(stage.getScene(), name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
