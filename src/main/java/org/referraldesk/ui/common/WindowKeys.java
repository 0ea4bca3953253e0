package org.referraldesk.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The keyboard rules every window of the desk follows, whoever opens it (ADR 0020):
 * <ul>
 * <li>Tab and Shift+Tab leave a multi-line field (Enter keeps making a new line; Ctrl+Enter there
 * presses the window's default button);</li>
 * <li>a dialog's buttons each get an Alt+letter of their own ({@link MnemonicLetters});</li>
 * <li>a dialog's buttons stand saving first, then Cancel, so Tab from the last field reaches the
 * saving button and never Cancel before it;</li>
 * <li>a dialog takes the focus as it opens (its first field, else its default button) and gives it
 * back to the node that had it when it closes.</li>
 * </ul>
 */
public final class WindowKeys {
    private static final String FOLLOWED = WindowKeys.class.getName();
    private static boolean installed;

    private WindowKeys() {
    }

    /** Starts following every window that opens from now on (and those already open); once is enough. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowKeys::opening);
            }
        });
        List.copyOf(Window.getWindows()).forEach(WindowKeys::opening);
    }

    /** A window that is being shown (again). */
    private static void opening(Window window) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        if (!scene.getProperties().containsKey(FOLLOWED)) {
            scene.getProperties().put(FOLLOWED, Boolean.TRUE);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, WindowKeys::multiLineKeys);
        }
        if (scene.getRoot() instanceof DialogPane pane && window instanceof Stage stage) {
            ButtonBar bar = (ButtonBar) pane.lookup(".button-bar");
            if (bar != null) {
                bar.setButtonOrder(ButtonBar.BUTTON_ORDER_WINDOWS);
            }
            markButtons(pane);
            Node opener = openerIn(stage.getOwner());
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new OneShot(stage, WindowEvent.WINDOW_SHOWN,
                    () -> Platform.runLater(() -> focusInto(pane))));
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new OneShot(stage, WindowEvent.WINDOW_HIDDEN,
                    () -> Platform.runLater(() -> focusBack(opener))));
        }
    }

    /** Tab, Shift+Tab and Ctrl+Enter in a multi-line field. */
    private static void multiLineKeys(KeyEvent key) {
        if (!(key.getTarget() instanceof TextArea area) || key.isAltDown() || key.isMetaDown()) {
            return;
        }
        if (key.getCode() == KeyCode.TAB && !key.isControlDown()) {
            key.consume(); // TextArea moves on with Ctrl+Tab (Ctrl+Shift+Tab back): it gets that instead
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, key.isShiftDown(), true, false,
                    false));
        } else if (key.getCode() == KeyCode.ENTER && key.isShortcutDown()) {
            Button defaultButton = defaultButtonOf(area.getScene().getRoot());
            if (defaultButton != null) {
                key.consume();
                defaultButton.fire();
            }
        }
    }

    private static Button defaultButtonOf(Parent root) {
        return root.lookupAll(".button").stream().filter(node -> node instanceof Button button
                && button.isDefaultButton() && !button.isDisabled() && button.isVisible())
                .map(Button.class::cast).findFirst().orElse(null);
    }

    /** Every labelled button in the dialog, its bar's and its content's, gets a letter of its own. */
    private static void markButtons(DialogPane pane) {
        List<Labeled> buttons = pane.lookupAll(".button").stream()
                .filter(node -> node instanceof ButtonBase && !(node instanceof javafx.scene.control.MenuButton))
                .map(Labeled.class::cast)
                .filter(button -> !button.textProperty().isBound() && button.getText() != null
                        && !button.getText().isBlank() && button.isMnemonicParsing())
                .toList();
        List<String> marked = MnemonicLetters.marked(buttons.stream().map(Labeled::getText).toList());
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setText(marked.get(i));
        }
    }

    private static Node openerIn(Window owner) {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getFocusOwner();
    }

    /** Its first field; a dialog without fields: its default button, unless a button has the focus already. */
    private static void focusInto(DialogPane pane) {
        Node focused = pane.getScene() == null ? null : pane.getScene().getFocusOwner();
        if (focused instanceof TextInputControl || pane.getScene() == null) {
            return;
        }
        Node field = pane.lookupAll(".text-input").stream()
                .filter(node -> node instanceof TextInputControl input && input.isEditable() && usable(input))
                .findFirst().orElse(null);
        if (field != null) {
            field.requestFocus();
        } else if (!(focused instanceof ButtonBase)) {
            Button defaultButton = defaultButtonOf(pane);
            if (defaultButton != null) {
                defaultButton.requestFocus();
            }
        }
    }

    private static void focusBack(Node opener) {
        if (opener != null && opener.getScene() != null && opener.getScene().getWindow() != null
                && opener.getScene().getWindow().isShowing() && usable(opener)) {
            opener.requestFocus();
        }
    }

    /** Shown (with all its parents) and enabled. */
    private static boolean usable(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return !node.isDisabled();
    }

    /** Runs once, then takes itself off the window. */
    private record OneShot(Stage stage, javafx.event.EventType<WindowEvent> type, Runnable work)
            implements javafx.event.EventHandler<WindowEvent> {
        @Override
        public void handle(WindowEvent event) {
            stage.removeEventHandler(type, this);
            work.run();
        }
    }
}
