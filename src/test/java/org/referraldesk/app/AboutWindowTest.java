package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class AboutWindowTest extends DeskWindowTest {

    @Test
    void theInfoButtonOnTheRailShowsTheVersionAndTheDataFolder() throws Exception {
        waitUntilVisible(".about-button");
        clickOn(".about-button");
        waitUntilVisible(".about-title");

        String title = lookup(".about-title").queryAs(Label.class).getText();
        assertEquals(AppInfo.load().nameAndVersion(), title);
        String dataFolder = lookup(".about-path").queryAs(TextField.class).getText();
        assertEquals(dir.toAbsolutePath().toString(), dataFolder);
        clickOn("Close");
        assertTrue(lookup(".about-title").tryQuery().isEmpty(), "Close shuts the dialog");
    }

    @Test
    void f1ShowsTheShortcutsFromAnyScreenWhoseAboutButtonOpensAbout() throws Exception {
        openReferrals();
        type(KeyCode.F1);
        waitUntilVisible(".shortcuts");
        clickOn("About Referral Desk\u2026");
        waitUntilVisible(".about-licence-link");
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0",
                lookup(".about-licence-link").queryLabeled().getText());
        clickOn("Close");
    }
}
