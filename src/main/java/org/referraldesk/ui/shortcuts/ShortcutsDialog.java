package org.referraldesk.ui.shortcuts;

import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.DialogSize;
import org.referraldesk.ui.common.ViewLoader;

/** Opens the shortcuts overlay (F1, or "?" outside a text field); its "About…" button opens About. */
public final class ShortcutsDialog {
    /** Id of the overlay's pane, for window tests. */
    public static final String PANE_ID = "shortcutsPane";
    private final ViewLoader views;

    public ShortcutsDialog(ViewLoader views) {
        this.views = views;
    }

    /** Shows the shortcuts over {@code owner}; {@code about} runs (after it closes) for its About button. */
    public void open(Window owner, Runnable about) {
        ResourceBundle text = views.textFor(ShortcutsController.class);
        LoadedView<ShortcutsController> view = views.loadWithController(ShortcutsController.class, "ShortcutsView");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(view.controller().model().title());
        dialog.getDialogPane().setId(PANE_ID);
        dialog.getDialogPane().getStyleClass().add("shortcuts-dialog");
        dialog.getDialogPane().setContent(view.root());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType aboutType = new ButtonType(text.getString("shortcuts.about"), ButtonBar.ButtonData.HELP);
        ButtonType close = new ButtonType(text.getString("shortcuts.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close, aboutType);
        Button aboutButton = (Button) dialog.getDialogPane().lookupButton(aboutType);
        aboutButton.addEventFilter(ActionEvent.ACTION, event -> dialog.setOnHidden(hidden -> about.run()));
        ((Button) dialog.getDialogPane().lookupButton(close)).setDefaultButton(true);
        DialogSize.resizableAtContentSize(dialog);
        dialog.show();
    }
}
