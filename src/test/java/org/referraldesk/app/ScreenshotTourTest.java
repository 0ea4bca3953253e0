package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tour: every main screen, with the sample data, in the light and the dark theme,
 * as PNGs in target/screenshots. Look at them after a change to the window.
 */
class ScreenshotTourTest extends FxRobot {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Desk desk;
    private Stage stage;

    @BeforeEach
    void showWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        desk = new Desk(Store.open(dir.resolve("desk")), CLOCK);
        FxToolkit.setupStage(desk::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        desk.close();
    }

    @Test
    void everyMainScreenIsPhotographedInBothThemes() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("Add sample data").tryQuery()
                .map(Node::isVisible).orElse(false));
        shoot("01-referrals-empty");
        clickOn("Add sample data");
        TableView<?> table = lookup(".referral-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 40 && table.isVisible());
        shoot("02-referrals");
        clickOn(".theme-switch");
        shoot("03-referrals-dark");
        clickOn(".theme-switch");
    }

    private void shoot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(stage.getScene(), name);
        assertTrue(sizeOf(file) > 10_000, name + " has content");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
