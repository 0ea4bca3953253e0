package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/** Photographs where the keyboard is (the focus ring) in the light and the dark theme, and the shortcuts overlay. */
class KeyboardTourTest extends DeskWindowTest {
    private final KeyWalk keys = new KeyWalk(this, () -> stage);

    @Override
    void fill(Store store) {
        Services.on(store, CLOCK, "test").referrals().record(
                NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A new boiler"));
    }

    @Test
    void theFocusRingShowsOnTheRailALinkARowAndATableRowInBothThemesAndTheOverlayIsPhotographed() throws Exception {
        waitUntilVisible(".today-list");
        focusShots("light");
        keys.tabUntil(node -> "themeButton".equals(node.getId()));
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(stage.getScene(), "96-keys-theme-button-dark");
        focusShots("dark");

        push(KeyCode.F1);
        waitUntilVisible(".shortcuts");
        shoot(lookup(".shortcuts").query().getScene(), "96-keys-shortcuts-dark");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".shortcuts").tryQuery().isEmpty());
    }

    private void focusShots(String theme) throws Exception {
        push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        waitUntilVisible(".today-list");
        keys.tabUntil(node -> "todayNav".equals(node.getId()));
        shoot(stage.getScene(), "95-keys-rail-" + theme);
        keys.tabUntil(node -> node instanceof Hyperlink && node.getStyleClass().contains("story-link"));
        shoot(stage.getScene(), "95-keys-today-link-" + theme);
        ListView<?> today = lookup(".today-list").queryListView();
        keys.tabUntil(node -> node == today);
        push(KeyCode.DOWN).push(KeyCode.DOWN);
        shoot(stage.getScene(), "95-keys-today-row-" + theme);
        keys.tabUntil(node -> node.getStyleClass().contains("done-button"));
        shoot(stage.getScene(), "95-keys-today-button-" + theme);
        push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntilVisible(".referral-table");
        TableView<?> table = lookup(".referral-table").queryTableView();
        keys.tabUntil(node -> node == table);
        push(KeyCode.DOWN);
        shoot(stage.getScene(), "95-keys-table-row-" + theme);
        if (theme.equals("light")) {
            push(KeyCode.F1);
            waitUntilVisible(".shortcuts");
            shoot(lookup(".shortcuts").query().getScene(), "96-keys-shortcuts-light");
            push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".shortcuts").tryQuery().isEmpty());
        }
    }

    private static void shoot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(scene, name);
        assertTrue(Files.size(file) > 5_000, name + " has content");
    }

}
