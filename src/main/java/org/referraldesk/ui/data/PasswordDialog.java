package org.referraldesk.ui.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/** "Protect with a password…": the new password typed twice, the warning that a lost one loses the data. */
final class PasswordDialog {
    private final PasswordViewModel model;
    private final ResourceBundle text;

    @FXML private DialogPane pane;
    @FXML private PasswordField password;
    @FXML private PasswordField again;
    @FXML private Label passwordError;
    @FXML private Label againError;
    @FXML private ButtonType protectButton;

    PasswordDialog(PasswordViewModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
    }

    void open(Window owner) {
        FXMLLoader loader = new FXMLLoader(PasswordDialog.class.getResource("PasswordDialog.fxml"), text);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The password dialog could not be loaded", e);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString(model.onProperty().get() ? "data.password.changeTitle" : "data.password.protectTitle"));
        dialog.setDialogPane(pane);
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        passwordError.textProperty().bind(model.passwordErrorProperty());
        againError.textProperty().bind(model.againErrorProperty());
        showsOnlyWithText(passwordError);
        showsOnlyWithText(againError);
        Node protect = pane.lookupButton(protectButton);
        protect.disableProperty().bind(model.busyProperty().or(password.textProperty().isEmpty()));
        protect.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.protect(password.getText(), again.getText(), dialog::close);
        });
        model.passwordErrorProperty().addListener((obs, was, now) -> grow());
        model.againErrorProperty().addListener((obs, was, now) -> grow());
        dialog.setOnShown(event -> Platform.runLater(password::requestFocus));
        dialog.show();
    }

    private static void showsOnlyWithText(Label error) {
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
    }

    private void grow() {
        Platform.runLater(() -> pane.getScene().getWindow().sizeToScene());
    }
}
