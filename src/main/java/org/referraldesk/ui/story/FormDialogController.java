package org.referraldesk.ui.story;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * Shows one of the story view's small dialogs (WonDialog, NotAFitDialog, ReasonDialog) for a
 * {@link StoryForm}. The view names its inputs after the form's fields: a text input with the field's
 * id and a label {@code <field>Error} for its message. The dialog stays open until the form is saved.
 */
public final class FormDialogController {
    @FXML private DialogPane pane;
    @FXML private Label formError;
    @FXML private ResourceBundle resources;

    /** Opens the dialog over {@code owner}; it closes itself once the form has been saved. */
    public void open(StoryForm<?> form, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(resources.getString("app.title"));
        dialog.setDialogPane(pane);
        pane.setHeaderText(form.header());
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());

        Parent content = (Parent) pane.getContent();
        TextInputControl first = null;
        for (String name : form.fields()) {
            TextInputControl input = (TextInputControl) content.lookup("#" + name);
            input.textProperty().bindBidirectional(form.field(name));
            showMessage(dialog, (Label) content.lookup("#" + name + "Error"), form.errorOf(name));
            form.errorOf(name).addListener((obs, old, now) ->
                    input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            first = first == null ? input : first;
        }
        showMessage(dialog, formError, form.formErrorProperty());

        ButtonType save = pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonData.OK_DONE).findFirst().orElseThrow();
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setText(form.action());
        saveButton.disableProperty().bind(form.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.submit(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        dialog.show();
        if (first != null) {
            first.requestFocus();
        }
    }

    /** Shows a message under its field only while there is one; the dialog grows to fit it. */
    private static void showMessage(Dialog<?> dialog, Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        message.addListener((obs, old, now) -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        });
    }
}
