package org.referraldesk.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A resizable dialog opens at its content's size. On Linux, JavaFX shows a resizable dialog's first
 * window at a tiny default size (About showed 200 × 220 pixels, its text cut off): once it is shown,
 * the window is sized to its content again (within the screen, centred on it).
 */
public final class DialogSize {
    private DialogSize() {
    }

    /** Makes {@code dialog} resizable and sizes its window to its content each time it is shown. */
    public static void resizableAtContentSize(Dialog<?> dialog) {
        dialog.setResizable(true);
        dialog.setOnShown(shown -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                DialogPane pane = dialog.getDialogPane();
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                double frameWidth = window.getWidth() - pane.getScene().getWidth();
                double frameHeight = window.getHeight() - pane.getScene().getHeight();
                double width = Math.min(pane.prefWidth(-1) + frameWidth, screen.getWidth() - 40);
                double height = Math.min(pane.prefHeight(width - frameWidth) + frameHeight, screen.getHeight() - 40);
                window.setWidth(width);
                window.setHeight(height);
                window.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
                window.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
            }
        }));
    }
}
