package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: Settings from the rail, the playbook's checks, the template editor's flags. */
class SettingsWindowTest extends DeskWindowTest {

    @Test
    void aMisspeltPlaceholderIsFlaggedInTheTemplateEditor() throws Exception {
        openSettings();
        shoot("40-settings");
        clickOn("Templates");
        waitUntilVisible(".template-body");
        TextArea body = lookup(".template-body").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !body.isDisabled() && !body.getText().isEmpty());
        Label flags = lookup(".template-flags").queryAs(Label.class);
        assertFalse(flags.isVisible(), "the default template has nothing to flag");

        clickOn(body);
        interact(() -> body.positionCaret(body.getLength()));
        write("\nSee you soon, {refferer}!");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flags.isVisible());
        assertEquals("Unknown placeholder {refferer} \u2014 it would be sent as typed", flags.getText());
        assertTrue(lookup(".template-preview-body").queryAs(Label.class).getText()
                .endsWith("See you soon, {refferer}!"), "the preview shows it as typed");
        assertTrue(lookup("Reply to an email introduction (edited)").tryQuery().isPresent());
        shoot("41-templates");
    }

    @Test
    void aGiftOfTwentyPercentIsRefusedOnItsField() throws Exception {
        openSettings();
        TextField gift = lookup(".gift-percent").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "10".equals(gift.getText()));
        doubleClickOn(gift);
        interact(gift::selectAll);
        write("20");
        clickOn(".settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("The gift percentage must be between 5 and 15 %.").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertTrue(gift.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger")));
    }

    private void openSettings() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        clickOn("Settings");
        waitUntilVisible(".settings-view");
        assertEquals(List.of("Settings"), lookup(".nav-item").queryAll().stream()
                .filter(n -> n instanceof ToggleButton t && t.isSelected()).map(n -> ((ToggleButton) n).getText())
                .toList(), "only Settings is selected on the rail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "10".equals(lookup(".gift-percent").queryAs(TextField.class).getText()));
        assertEquals("", lookup(".business-name").queryAs(TextField.class).getText(), "no name until the owner gives one");
    }
}
