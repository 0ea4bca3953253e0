package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a desk never asked for the owner's names: the first-start dialog asks once. */
class FirstStartWindowTest extends DeskWindowTest {

    @Override
    boolean asksForTheNames(TestInfo test) {
        return true;
    }

    @Test
    void aNewDeskAsksForTheNamesAndSettingsShowsWhatWasSaved() throws Exception {
        waitUntilVisible(".welcome-dialog");
        clickOn("#owner").write("Jo Keller");
        clickOn("#business").write("Keller Plumbing");
        clickOn("#whatWeDo").write("bathrooms and heating repairs");
        clickOn("Save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".welcome-dialog").tryQuery().isEmpty());

        clickOn("#settingsNav");
        waitUntilVisible(".settings-view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Keller Plumbing".equals(lookup(".business-name").queryAs(TextField.class).getText()));
        assertEquals("Keller Plumbing", lookup(".business-name").queryAs(TextField.class).getText());
    }

    @Test
    void laterClosesItWithNothingSavedAndTheWindowIsFreeToUse() throws Exception {
        waitUntilVisible(".welcome-dialog");
        clickOn("Later");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".welcome-dialog").tryQuery().isEmpty());
        clickOn("#settingsNav");
        waitUntilVisible(".settings-view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "10".equals(lookup(".gift-percent").queryAs(TextField.class).getText()));
        assertEquals("", lookup(".business-name").queryAs(TextField.class).getText());
    }
}
