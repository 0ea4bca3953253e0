package org.referraldesk.ui.newreferral;

import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.referraldesk.ui.common.DroppedEmail;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.ViewLoader;

/**
 * The new-referral form in a modal dialog: Save (disabled until the form is valid; Enter) stores the
 * story and closes; Save and add another stores it, says which follow-ups the playbook created and
 * empties the form for the next; Cancel (Escape) asks first when something was typed (ADR 0010).
 * An introduction email dropped anywhere on the dialog, or pasted (Ctrl+V, also in a field, when the
 * clipboard holds an email file or a whole email's source), fills the form (issue 17).
 */
public final class NewReferralDialog {
    private final ViewLoader views;

    public NewReferralDialog(ViewLoader views) {
        this.views = views;
    }

    /**
     * Opens the form over {@code owner}; {@code onSaved} receives the new story's id as soon as it
     * is stored (while the dialog still shows what was created).
     */
    public void open(Window owner, LongConsumer onSaved) {
        open(owner, "", onSaved);
    }

    /** As {@link #open(Window, LongConsumer)}, with {@code referrerName} already typed in the referrer's name. */
    public void open(Window owner, String referrerName, LongConsumer onSaved) {
        shown(owner, onSaved).referrerNameProperty().set(referrerName);
    }

    /** The form filled from {@code email} (dropped or pasted on the main window) once it is read. */
    public void openFromEmail(Window owner, DroppedEmail email, LongConsumer onSaved) {
        shown(owner, onSaved).readEmail(email);
    }

    /** Shows the empty form; its view model, to fill. */
    private NewReferralViewModel shown(Window owner, LongConsumer onSaved) {
        ResourceBundle text = views.textFor(NewReferralController.class);
        LoadedView<NewReferralController> view = views.loadWithController(NewReferralController.class,
                "NewReferralView");
        NewReferralViewModel model = view.controller().model();

        DialogPane pane = new DialogPane();
        pane.setHeaderText(text.getString("newReferral.header"));
        pane.getStyleClass().add("new-referral-dialog");
        pane.setContent(view.root());

        ButtonType save = new ButtonType(text.getString("newReferral.save"), ButtonData.OK_DONE);
        ButtonType another = new ButtonType(text.getString("newReferral.saveAnother"), ButtonData.OTHER);
        ButtonType cancel = new ButtonType(text.getString("newReferral.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, another, cancel);
        FormDialog dialog = new FormDialog(pane, owner, text.getString("newReferral.title"));
        Saving saving = new Saving();
        dialog.action(null, model.validProperty().not().or(model.busyProperty()), close -> {
            saving.close = close;
            model.save();
        });
        Button anotherButton = (Button) pane.lookupButton(another);
        anotherButton.getStyleClass().add("save-another");
        javafx.scene.control.ButtonBar.setButtonUniformSize(anotherButton, false); // its whole label, in every language
        anotherButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        anotherButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        anotherButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            dialog.commitTyped();
            saving.close = null;
            model.save();
        });
        dialog.asksBeforeLosing(model::hasTyped);
        // Enter while Save is disabled: show every field's message rather than nothing at all.
        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !model.validProperty().get()) {
                model.save();
            }
        });

        DroppedEmail.acceptDrops(pane, model::readEmail);
        DroppedEmail.acceptPastes(pane, true, model::readEmail);

        model.recordedProperty().addListener((obs, old, recorded) -> {
            if (recorded == null) {
                return;
            }
            onSaved.accept(recorded.referral().id());
            if (saving.close != null) {
                saving.close.run();
            } else {
                model.startAnother();
                view.controller().firstField().requestFocus();
            }
        });
        dialog.show(view.controller().firstField());
        return model;
    }

    /** How the owner saved: Save closes the dialog (with this), Save and add another keeps it open. */
    private static final class Saving {
        private Runnable close;
    }
}
