package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.store.BeforeMigration;
import org.referraldesk.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/** A desk protected with a password: the window asks for it first, and again after a wrong one. */
class UnlockWindowTest extends BeforeWindowTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void aProtectedDesk() throws Exception {
        db = dir.resolve("desk");
        try (Store store = Store.open(db)) {
            store.useTransaction(tx -> tx.contacts().insert(Contact.named("Grandma Reed", null),
                    Instant.parse("2026-11-01T09:00:00Z")));
        }
        DeskProtection.protect(db, null, PASSWORD);
    }

    @Test
    void aWrongPasswordIsSaidAndTheRightOneOpensTheDesk() throws Exception {
        CompletableFuture<Optional<Store>> opened = CompletableFuture.supplyAsync(() -> Unlock.open(db, BeforeMigration.NOTHING));
        waitUntilVisible(".unlock-dialog .button");
        assertTrue(lookup("Open").match(BeforeWindowTest::showing).queryButton().isDisabled(), "Open waits for a password");
        clickOn(lookup(".unlock-dialog .password-field").match(BeforeWindowTest::showing).queryAs(Node.class)).write("not the password").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".unlock-dialog .field-error").match(BeforeWindowTest::showing).tryQuery()
                .map(Node::isVisible).orElse(false));
        assertEquals("That is not the password of this desk. Nothing was opened; try again.",
                lookup(".unlock-dialog .field-error").match(BeforeWindowTest::showing).queryAs(Label.class).getText());
        clickOn(lookup(".unlock-dialog .password-field").match(BeforeWindowTest::showing).queryAs(Node.class)).write(PASSWORD).type(KeyCode.ENTER);

        try (Store store = opened.get(20, TimeUnit.SECONDS).orElseThrow()) {
            assertEquals("Grandma Reed", store.inTransaction(tx -> tx.contacts().list()).get(0).name());
        }
    }

    @Test
    void quitLeavesTheDeskClosed() throws Exception {
        CompletableFuture<Optional<Store>> opened = CompletableFuture.supplyAsync(() -> Unlock.open(db, BeforeMigration.NOTHING));
        waitUntilVisible(".unlock-dialog .button");
        press("Quit");
        assertFalse(opened.get(20, TimeUnit.SECONDS).isPresent());
    }
}
