package org.referraldesk.ui.welcome;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.referraldesk.ui.common.FormDialog;

/** The first-start dialog's view: the form kit's dialog shell over the main window. */
public final class WelcomeController {
    private final WelcomeViewModel model;
    private final ResourceBundle text;

    @FXML private DialogPane pane;

    public WelcomeController(WelcomeViewModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
    }

    /** Opens the dialog over {@code owner} when this desk has no names yet and was never asked. */
    public void openIfDue(Window owner) {
        model.whenDue(() -> open(owner));
    }

    private void open(Window owner) {
        Dialog<ButtonType> dialog = FormDialog.open(pane, model.form(), owner, text.getString("welcome.title"));
        dialog.setOnHidden(event -> {
            ButtonType result = dialog.getResult();
            if (result == null || result.getButtonData() != ButtonData.OK_DONE) {
                model.later();
            }
        });
    }

    public WelcomeViewModel model() {
        return model;
    }
}
