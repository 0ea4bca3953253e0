package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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
        waitUntilVisible(".trash-table .table-row-cell");
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
    void todaysRowActionsPickedRowsAndTheUndoBarArePhotographed() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".copy-message-button");
        clickOn(lookup(".copy-message-button").<javafx.scene.Node>query());
        waitUntilVisible(".today-message");
        java.util.List<javafx.scene.Node> picks = java.util.List.copyOf(lookup(".overdue-section .row-pick").queryAll());
        clickOn(picks.get(0));
        clickOn(picks.get(1));
        waitUntilVisible(".picked-bar");
        moveTo(lookup(".copy-message-button").<javafx.scene.Node>query());
        shoot("54-today-message-actions");
        clickOn(".picked-done");
        waitUntilVisible(".today-undo");
        shoot("55-today-undo");
        clickOn(".theme-switch");
        shoot("55-today-undo-dark");
        clickOn(".theme-switch");
    }

    @Test
    void theLeaderboardIsPhotographedEmptyWithTheSampleYearAndInTheDarkTheme() throws Exception {
        waitUntilVisible("#leaderboardNav");
        clickOn("#leaderboardNav");
        waitUntilVisible(".leaderboard-screen .empty-state");
        shoot("85-leaderboard-empty");
        addSampleData();
        clickOn("#leaderboardNav");
        waitUntilVisible(".hero-chart");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> heroBars() == 10);
        shoot("86-leaderboard");
        clickOn("#byRevenue");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("Top partners by won revenue").tryQuery().isPresent());
        shoot("87-leaderboard-revenue");
        clickOn(".theme-switch");
        shoot("88-leaderboard-dark");
        clickOn("#byReferrals");
        shoot("89-leaderboard-dark-referrals");
        clickOn(".theme-switch");
    }

    private int heroBars() {
        return lookup(".hero-chart").tryQuery().map(chart -> ((javafx.scene.chart.BarChart<?, ?>) chart).getData())
                .filter(data -> !data.isEmpty()).map(data -> data.get(0).getData().size()).orElse(0);
    }

    @Override
    boolean asksForTheNames(TestInfo test) {
        return test.getTestMethod().map(m -> m.getName().startsWith("theFirstStartDialog")).orElse(false);
    }

    @Test
    void theFirstStartDialogIsPhotographedEmptyAndFilledIn() throws Exception {
        waitUntilVisible(".welcome-dialog");
        shootWindow(".welcome-dialog", "00-first-start");
        clickOn("#owner").write("Sam Cole");
        clickOn("#business").write("Bristol IT Care");
        clickOn("#whatWeDo").write("home and small-office IT: networks, backups and computers that just work");
        shootWindow(".welcome-dialog", "00-first-start-filled");
        clickOn("Later");
        waitUntilVisible("#" + org.referraldesk.ui.common.LeaveQuestion.DISCARD_ID);
        clickOn("#" + org.referraldesk.ui.common.LeaveQuestion.DISCARD_ID);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".welcome-dialog").tryQuery().isEmpty());
    }

    @Test
    void aboutIsPhotographedWithTheLicenceOpenAndInTheDarkTheme() throws Exception {
        waitUntilVisible(".about-button");
        clickOn(".about-button");
        waitUntilVisible(".about-title");
        shootDialog("66-about");
        clickOn("Licence text");
        waitUntilVisible(".about-licence-text");
        shootDialog("66-about-licence");
        clickOn("Licence text");
        clickOn("Close");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".about").tryQuery().isEmpty());
        clickOn(".theme-switch");
        clickOn(".about-button");
        waitUntilVisible(".about-title");
        shootDialog("66-about-dark");
        clickOn("Close");
        clickOn(".theme-switch");
    }

    /** The dialog's own window (it is not part of the main window's scene). */
    private void shootDialog(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene dialog = lookup(".about").query().getScene();
        Path file = Screenshots.take(dialog, name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }

    @Test
    void theCardListIsPhotographedEmptyWithTheSampleCardsAndTheAddPartnersDialog() throws Exception {
        waitUntilVisible("#cardsNav");
        clickOn("#cardsNav");
        waitUntilVisible(".cards-screen .empty-state");
        shoot("99-cards-empty");
        addSampleData();
        clickOn("#cardsNav");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".card-entry").queryAll().size() == 16);
        shoot("95-cards");
        interact(() -> {
            javafx.scene.control.ScrollPane scroll = lookup(".cards-scroll").query();
            javafx.scene.Node missing = lookup(".card-address-missing").query().getParent().getParent();
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1, missing.getBoundsInParent().getMinY() / (content - viewport)));
        });
        shoot("95-cards-address-missing");
        clickOn(".theme-switch");
        shoot("97-cards-dark");
        clickOn(".theme-switch");
        clickOn("Add partners\u2026");
        waitUntilVisible(".add-partners-list");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(".add-partners-list .check-box");
        Path dialog = Screenshots.take(lookup(".add-partners").query().getScene(), "98-cards-add-partners");
        assertTrue(Files.size(dialog) > 5_000, "the dialog has content");
        clickOn("Add");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup(".card-entry").queryAll().size() == 17);
    }

    @Test
    void theImportDialogsArePhotographedWithPreviewAndReport() throws Exception {
        files.pick(org.referraldesk.testing.ImportCorpus.file("google-contacts-old.csv"));
        clickOn("#partnersNav");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> visibleImportButton(".import-contacts-button") != null);
        clickOn(visibleImportButton(".import-contacts-button"));
        javafx.scene.Scene dialog = waitForImportTrial();
        Screenshots.take(dialog, "70-import-contacts-mapping");
        clickOn("Cancel");

        files.pick(org.referraldesk.testing.ImportCorpus.file("crlf-in-quotes.csv"));
        clickOn(visibleImportButton(".import-contacts-button"));
        dialog = waitForImportTrial();
        clickOn("Import");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("Close").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(dialog, "71-import-report-rejected-row");
        clickOn("Close");

        files.pick(org.referraldesk.testing.ImportCorpus.file("google-forms-referrals.csv"));
        openReferrals();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> visibleImportButton(".import-referrals-button") != null);
        clickOn(".theme-switch");
        clickOn(visibleImportButton(".import-referrals-button"));
        dialog = waitForImportTrial();
        Screenshots.take(dialog, "72-import-web-form-dark");
        clickOn("Cancel");
        clickOn(".theme-switch");
        for (String name : List.of("70-import-contacts-mapping", "71-import-report-rejected-row", "72-import-web-form-dark")) {
            assertTrue(Files.size(Screenshots.folder().resolve(name + ".png")) > 10_000, name + " has content");
        }
    }

    private javafx.scene.Node visibleImportButton(String query) {
        return lookup(query).queryAll().stream().filter(ImportWindowTest::onScreen).findFirst().orElse(null);
    }

    private javafx.scene.Scene waitForImportTrial() throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> lookup(".import-report").tryQuery()
                .map(label -> !((javafx.scene.control.Label) label).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".import-view").query().getScene();
    }

    @Test
    void theStoryEditFormIsPhotographedFilledInAndWithARefusal() throws Exception {
        javafx.scene.control.TableView<org.referraldesk.domain.ReferralSummary> table = addSampleData();
        openStory(table, "Patel Pharmacy");
        clickOn("Edit\u2026");
        waitUntilVisible("#clientName");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#client").<javafx.scene.control.ComboBox<?>>query().getItems().size() > 2);
        shootWindow(".story-edit-dialog", "27-story-edit-dialog");
        javafx.scene.control.TextField email = lookup("#clientEmail").query();
        interact(() -> email.setText("patel(at)pharmacy"));
        clickOn("Save corrections");
        waitUntilVisible("#clientEmailError");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene dialog = email.getScene();
        assertTrue(dialog.getHeight() + 0.5 >= dialog.getRoot().prefHeight(dialog.getWidth()),
                "the dialog grew to fit the message");
        shootWindow(".story-edit-dialog", "27-story-edit-dialog-refused");
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
                && "Log gift".equals(b.getText().replace("_", ""))).<javafx.scene.Node>query());
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
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> r.clientName().equals(client)));
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

    @Test
    void theDataScreenIsPhotographedWithABackupAndARestore() throws Exception {
        addSampleData();
        clickOn("#dataNav");
        waitUntilVisible(".data-screen");
        shoot("80-data");
        clickOn(".theme-switch");
        shoot("81-data-dark");
        clickOn(".theme-switch");
        java.nio.file.Path backup = dir.resolve("referral-desk-2026-11-23.rdbackup");
        files.pick(backup);
        clickOn("Back up to a file…");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> lookup(".data-status").tryQuery()
                .map(l -> ((javafx.scene.control.Label) l).getText().startsWith("Backed up")).orElse(false));
        interact(() -> lookup(".data-scroll").match(javafx.scene.Node::isVisible)
                .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        shoot("82-data-backed-up");
        clickOn("Back up now");
        javafx.scene.control.TableView<?> backups = lookup(".backup-table").match(javafx.scene.Node::isVisible)
                .queryTableView();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !backups.getItems().isEmpty()); // the daily one may still be waiting behind the start
        interact(() -> backups.getSelectionModel().select(0));
        shoot("79-data-backups");
        files.pick(backup);
        clickOn("Restore…");
        waitUntilVisible("Replace everything");
        javafx.stage.Window dialog = listTargetWindows().stream().filter(w -> w != stage).reduce((a, b) -> b)
                .orElseThrow();
        Screenshots.take(dialog.getScene(), "83-data-restore-confirm");
        clickOn("Replace everything");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> lookup(".data-status").tryQuery()
                .map(l -> ((javafx.scene.control.Label) l).getText().startsWith("Restored")).orElse(false));
        shoot("84-data-restored");
    }

    @Test
    void theFailureDialogIsPhotographedWithItsCopyDetails() throws Exception {
        javafx.application.Platform.runLater(() -> {
            throw new IllegalStateException("A failure nobody expected");
        });
        waitUntilVisible(".failure-dialog .copy-details");
        shootWindow(".failure-dialog", "113-failure-dialog");
        clickOn(".copy-details");
        shootWindow(".failure-dialog", "114-failure-dialog-copied");
        clickOn("OK");
    }
}
