package org.referraldesk.ui.rescue;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;

/** The damaged-desk dialog's view: what was found, the backup offered, Restore (kept open while it runs) and Quit. */
final class RescueController {
    private final RescueViewModel model;

    @FXML private DialogPane pane;
    @FXML private Label found;
    @FXML private Label offer;
    @FXML private Label error;
    @FXML private ButtonType restoreButton;

    RescueController(RescueViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        found.setText(model.found());
        offer.setText(model.offer());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        if (!model.canRestore()) {
            pane.getButtonTypes().remove(restoreButton);
        }
    }

    void ready(Dialog<Boolean> dialog) {
        dialog.setResultConverter(button -> model.restoredProperty().get());
        Node restore = pane.lookupButton(restoreButton);
        if (restore != null) {
            restore.disableProperty().bind(model.workingProperty());
            restore.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                model.restore(dialog::close);
            });
            dialog.setOnShown(event -> Platform.runLater(restore::requestFocus));
        }
        model.errorProperty().addListener((obs, was, now) ->
                Platform.runLater(() -> pane.getScene().getWindow().sizeToScene()));
    }
}
