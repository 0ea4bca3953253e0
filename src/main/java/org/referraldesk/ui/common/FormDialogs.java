package org.referraldesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * What the small form dialogs share (the story's and the thanks dialogs): inputs bound to their
 * {@link FormFields} with a message under each, and a save button that keeps the dialog open until
 * the form is stored; the dialog grows to fit a new message.
 */
public final class FormDialogs {
    private FormDialogs() {
    }

    public static void bind(FormFields form, String field, TextInputControl input, Label error) {
        input.textProperty().bindBidirectional(form.field(field));
        message(error, form.errorOf(field));
        form.errorOf(field).addListener((obs, old, now) ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    }

    public static void message(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * Opens {@code pane} in a dialog over {@code owner}; its OK button (labelled {@code action}) runs
     * {@code save}, which calls the given Runnable once stored to close the dialog.
     */
    public static Dialog<ButtonType> open(DialogPane pane, Window owner, String title, String action, FormFields form,
            java.util.function.Consumer<Runnable> save, javafx.beans.Observable... growsOn) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setDialogPane(pane);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType ok = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        Button okButton = (Button) pane.lookupButton(ok);
        okButton.setText(action);
        okButton.getStyleClass().add(Styles.ACCENT);
        okButton.disableProperty().bind(form.savingProperty());
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(() -> {
                dialog.setResult(ok);
                dialog.close();
            });
        });
        form.formErrorProperty().addListener(obs -> resizeLater(dialog));
        form.fields().forEach(field -> form.errorOf(field).addListener(obs -> resizeLater(dialog)));
        for (javafx.beans.Observable change : growsOn) {
            change.addListener(obs -> resizeLater(dialog));
        }
        dialog.show();
        resizeLater(dialog);
        return dialog;
    }

    /** Once the new text is laid out, the dialog grows (or shrinks) to fit it, buttons included. */
    public static void resizeLater(Dialog<?> dialog) {
        javafx.application.Platform.runLater(() -> resize(dialog));
    }

    private static void resize(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }
}
