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
        waitUntilVisible("Add sample data");
        shoot("01-referrals-empty");
        addSampleData();
        shoot("02-referrals");
        clickOn(".theme-switch");
        shoot("03-referrals-dark");
        clickOn(".theme-switch");
    }

    private void shoot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(stage.getScene(), name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
