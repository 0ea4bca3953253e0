package org.referraldesk.ui.about;

import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.stage.Window;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.common.DialogSize;
import org.referraldesk.ui.common.ViewLoader;

/** Opens the About dialog over the main window (the rail's info button, or F1). */
public final class AboutDialog {
    private final ViewLoader views;

    public AboutDialog(ViewLoader views) {
        this.views = views;
    }

    public void open(Window owner) {
        ResourceBundle text = views.textFor(AboutController.class);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Wording.forOwner(text).format("about.window", text.getString("app.title")));
        dialog.getDialogPane().setContent(views.load(AboutController.class, "AboutView"));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(text.getString("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStyleClass().add("about-dialog");
        DialogSize.resizableAtContentSize(dialog);
        dialog.show();
    }

    /** Puts plain text on the system clipboard (on the FX thread). */
    public static void toClipboard(String content) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, content));
    }
}
