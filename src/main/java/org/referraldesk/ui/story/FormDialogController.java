package org.referraldesk.ui.story;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.referraldesk.ui.common.FormDialogs;

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
        pane.setHeaderText(form.header());
        Parent content = (Parent) pane.getContent();
        TextInputControl first = null;
        for (String name : form.fields()) {
            TextInputControl input = (TextInputControl) content.lookup("#" + name);
            FormDialogs.bind(form.input(), name, input, (Label) content.lookup("#" + name + "Error"));
            first = first == null ? input : first;
        }
        FormDialogs.message(formError, form.formErrorProperty());
        FormDialogs.open(pane, owner, resources.getString("app.title"), form.action(), form.input(), form::submit);
        if (first != null) {
            first.requestFocus();
        }
    }
}
