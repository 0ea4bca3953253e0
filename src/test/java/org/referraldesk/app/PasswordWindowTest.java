package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.referraldesk.service.DeskProtection;
import org.testfx.util.WaitForAsyncUtils;

/** The Data screen protects the open desk with a password, and removes it, while the window goes on working. */
class PasswordWindowTest extends DeskWindowTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void theDeskIsProtectedFromTheDataScreenAndKeepsWorking() throws Exception {
        addSampleData();
        clickOn("#dataNav");
        waitUntilVisible(".data-screen");
        scrollTo(".password-state");
        clickOn("Protect with a password…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".password-dialog .new-password").tryQuery()
                .isPresent());
        clickOn(".new-password").write(PASSWORD);
        clickOn(".password-again").write("something else");
        clickOn("Protect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !againError().isEmpty());
        assertEquals("The two passwords are not the same; type the same password twice.", againError());
        assertFalse(DeskProtection.isProtected(desk()), "a refused password changes nothing");

        doubleClickOn(".password-again").eraseText("something else".length()).write(PASSWORD);
        clickOn("Protect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".password-dialog").tryQuery().isEmpty());

        assertTrue(DeskProtection.isProtected(desk()), "the file is encrypted");
        assertTrue(state().startsWith("This desk is protected with a password"), state());
        openReferrals();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".referral-table").queryTableView().getItems().size() == 48);

        clickOn("#dataNav");
        waitUntilVisible(".data-screen");
        scrollTo(".password-state");
        clickOn("Remove password");
        waitUntilVisible("Store this desk without a password?");
        clickOn(lookup(".dialog-pane .button").match(n -> "Remove password".equals(((javafx.scene.control.Button) n)
                .getText().replace("_", ""))).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state().startsWith("This desk is not protected"));
        assertFalse(DeskProtection.isProtected(desk()));
    }

    private Path desk() {
        return dir.resolve("desk.mv.db");
    }

    private String againError() {
        return lookup(".password-dialog .field-error").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private String state() {
        return lookup(".password-state").queryAs(Label.class).getText();
    }

    private void scrollTo(String query) {
        interact(() -> {
            javafx.scene.Node node = lookup(query).query();
            javafx.scene.control.ScrollPane scroll = lookup(".data-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            scroll.setVvalue(1.0);
            node.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
