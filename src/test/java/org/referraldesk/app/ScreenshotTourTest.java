package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void theImportDialogsArePhotographedWithPreviewAndReport() throws Exception {
        desk.imports().chooseFilesWith((owner, contacts) -> org.referraldesk.testing.ImportCorpus.file(
                contacts ? "google-contacts-old.csv" : "google-forms-referrals.csv"));
        clickOn("#partnersNav");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> visibleImportButton(".import-contacts-button") != null);
        clickOn(visibleImportButton(".import-contacts-button"));
        javafx.scene.Scene dialog = waitForImportTrial();
        Screenshots.take(dialog, "70-import-contacts-mapping");
        clickOn("Cancel");

        desk.imports().chooseFilesWith((owner, contacts) -> org.referraldesk.testing.ImportCorpus.file("crlf-in-quotes.csv"));
        clickOn(visibleImportButton(".import-contacts-button"));
        dialog = waitForImportTrial();
        clickOn("Import");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("Close").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(dialog, "71-import-report-rejected-row");
        clickOn("Close");

        desk.imports().chooseFilesWith((owner, contacts) -> org.referraldesk.testing.ImportCorpus.file("google-forms-referrals.csv"));
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

    private void shoot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(stage.getScene(), name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
