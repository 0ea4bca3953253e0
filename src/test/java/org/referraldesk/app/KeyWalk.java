package org.referraldesk.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a keyboard-only walk needs: Tab to a node, type into the window that has the focus, ask where the focus is. */
final class KeyWalk {
    private final FxRobot robot;
    private final Supplier<Stage> main;

    KeyWalk(FxRobot robot, Supplier<Stage> main) {
        this.robot = robot;
        this.main = main;
    }

    /** Types {@code text} (key presses, typed characters, releases) into the window that has the focus. */
    void type(String text) {
        robot.targetWindow(topWindow());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab until the focus is on a node {@code wanted} takes (at most 80 times). */
    void tabUntil(Predicate<Node> wanted) {
        for (int i = 0; i < 80; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = focusOwner();
            if (focused != null && wanted.test(focused)) {
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached it; the focus is on " + focusOwner());
    }

    /** The focus owner of the window that has the focus (a dialog over the main window, or the window). */
    Node focusOwner() {
        return topWindow().getScene().getFocusOwner();
    }

    /** The window that has the focus: the newest dialog that has it, else the main window. */
    Window topWindow() {
        List<Window> windows = new ArrayList<>(robot.listWindows());
        Collections.reverse(windows);
        return windows.stream().filter(w -> w instanceof Stage && w.isShowing() && w.isFocused()).findFirst()
                .orElse(main.get());
    }
}
