package org.referraldesk.ui.today;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.ViewLoader;

/** Opens the Today screen's small dialogs (skip, pick a date) over the main window. */
final class TodayDialogs {
    /** A dialog's FXML controller: it binds its field to the form. */
    interface Content<V> {
        void bind(TodayForm<V> form);

        /** Takes input the control has not committed yet (e.g. a typed date). */
        default void commit() {
        }

        Node focus();
    }

    private final ViewLoader views;

    TodayDialogs(ViewLoader views) {
        this.views = views;
    }

    /** Shows {@code view} for {@code form}; the OK button saves and the dialog stays open while refused. */
    <V, C extends Content<V>> void open(Window owner, Class<C> controller, String view, TodayForm<V> form,
            String okText, String cancelText) {
        LoadedView<C> loaded = views.loadWithController(controller, view);
        loaded.controller().bind(form);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.header());
        dialog.setHeaderText(form.header());
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setContent(loaded.root());
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(form.savingProperty());
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            loaded.controller().commit();
            form.submit();
        });
        form.savedProperty().addListener((obs, was, saved) -> {
            if (saved) {
                dialog.setResult(ok);
                dialog.close();
            }
        });
        Platform.runLater(() -> loaded.controller().focus().requestFocus());
        dialog.show();
    }

    /** The message under a field: shown while there is one, taking no room otherwise. */
    static void showError(Label label, TodayForm<?> form) {
        label.textProperty().bind(form.errorProperty());
        label.visibleProperty().bind(form.errorProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
