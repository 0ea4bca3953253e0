package org.referraldesk.ui.unlock;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The password dialog's view: binds the field and texts; Open tries the password and keeps the dialog open. */
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
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
    }

    void ready(Dialog<Boolean> dialog) {
        Node open = pane.lookupButton(pane.getButtonTypes().get(0));
        open.disableProperty().bind(model.cannotOpen());
        open.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.tryPassword(dialog::close);
        });
        model.errorProperty().addListener((obs, was, now) -> {
            password.requestFocus();
            // a message that appears makes the dialog taller, so the buttons are never cut off
            Platform.runLater(() -> pane.getScene().getWindow().sizeToScene());
        });
        dialog.setResultConverter(button -> model.openedProperty().get());
        dialog.setOnShown(event -> Platform.runLater(password::requestFocus));
    }
}
