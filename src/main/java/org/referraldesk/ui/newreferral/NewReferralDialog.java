package org.referraldesk.ui.newreferral;

import impl.org.controlsfx.skin.DecorationPane;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.ViewLoader;

/**
 * The new-referral form in a modal dialog: Save (disabled until the form is valid; Enter) and
 * Cancel (Escape). After saving it shows the follow-ups the playbook created, and Close ends it.
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
        ResourceBundle text = views.textFor(NewReferralController.class);
        LoadedView<NewReferralController> view = views.loadWithController(NewReferralController.class,
                "NewReferralView");
        NewReferralViewModel model = view.controller().model();

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("newReferral.title"));
        dialog.setHeaderText(text.getString("newReferral.header"));
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().add("new-referral-dialog");
        // ControlsFX draws its field marks in a DecorationPane; given one here, it leaves the
        // dialog's own scene root alone.
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(view.root());
        pane.setContent(decorations);
        // A message appearing under a field makes the form taller: the window grows (and shrinks) with it.
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fitHeight(pane);
            }
        });

        ButtonType save = new ButtonType(text.getString("newReferral.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.getString("newReferral.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save();
        });
        // Enter while Save is disabled: show every field's message rather than nothing at all.
        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !model.validProperty().get()) {
                model.save();
            }
        });

        model.recordedProperty().addListener((obs, old, recorded) -> {
            if (recorded == null) {
                return;
            }
            ButtonType close = new ButtonType(text.getString("newReferral.close"), ButtonData.CANCEL_CLOSE);
            pane.getButtonTypes().setAll(close);
            Button closeButton = (Button) pane.lookupButton(close);
            closeButton.setDefaultButton(true);
            closeButton.requestFocus();
            onSaved.accept(recorded.referral().id());
        });
        dialog.setOnShown(event -> Platform.runLater(view.controller()::focusFirstField));
        dialog.show();
    }

    /**
     * Makes the window as tall as the pane wants to be at its width. (Stage.sizeToScene asks at no
     * particular width, so wrapped messages would not fit.)
     */
    private static void fitHeight(DialogPane pane) {
        Scene scene = pane.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = pane.prefHeight(scene.getWidth()) - scene.getHeight();
        if (Math.abs(missing) > 0.5) {
            window.setHeight(window.getHeight() + missing);
        }
    }
}
