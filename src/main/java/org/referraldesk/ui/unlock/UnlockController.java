package org.referraldesk.ui.unlock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The password dialog's view: binds the field and texts to the view model. */
final class UnlockController {
    private final UnlockViewModel model;

    @FXML private DialogPane pane;
    @FXML private Label intro;
    @FXML private PasswordField password;
    @FXML private Label error;

    UnlockController(UnlockViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        intro.setText(model.intro());
        error.setText(model.error());
        error.setVisible(!model.error().isEmpty());
        error.setManaged(!model.error().isEmpty());
        password.textProperty().bindBidirectional(model.passwordProperty());
    }

    void ready(Dialog<ButtonType> dialog) {
        Node open = pane.lookupButton(pane.getButtonTypes().get(0));
        open.disableProperty().bind(model.nothingTyped());
        dialog.setOnShown(event -> Platform.runLater(password::requestFocus));
    }

    String typed() {
        return model.passwordProperty().get();
    }
}
