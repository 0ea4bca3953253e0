package org.referraldesk.app;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog shown before the main window (the password, a damaged desk), driven as the owner would.
 * It acts only on nodes in a window that shows: a closed dialog of an earlier test keeps its nodes.
 */
abstract class BeforeWindowTest extends FxRobot {

    @BeforeEach
    void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    static boolean showing(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    /** Waits for {@code query} in a window that shows. */
    void waitUntilVisible(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query).match(BeforeWindowTest::showing)
                .tryQuery().isPresent());
    }

    /** Clicks the button labelled {@code text} in the dialog that shows. */
    void press(String text) {
        clickOn(lookup(text).match(BeforeWindowTest::showing).queryButton());
    }
}
