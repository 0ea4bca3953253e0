package org.referraldesk.ui.thanks;

import org.referraldesk.ui.common.FormDialogs;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Wires the "Log a referral you gave" dialog. */
public final class LogGivenController {
    private final LogGivenViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private DialogPane pane;
    @FXML private TextField client;
    @FXML private Label clientError;
    @FXML private TextField givenOn;
    @FXML private Label givenOnError;
    @FXML private TextArea note;
    @FXML private Label noteError;
    @FXML private Label formError;

    public LogGivenController(LogGivenViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FormDialogs.bind(model.form(), LogGivenViewModel.CLIENT, client, clientError);
        FormDialogs.bind(model.form(), LogGivenViewModel.DATE, givenOn, givenOnError);
        FormDialogs.bind(model.form(), LogGivenViewModel.NOTE, note, noteError);
        FormDialogs.message(formError, model.form().formErrorProperty());
        pane.headerTextProperty().bind(model.headerProperty());
    }

    /** Opens the dialog for partner {@code partnerId}; {@code onLogged} runs once the referral is stored. */
    public void open(long partnerId, String partnerName, Window owner, Runnable onLogged) {
        model.start(partnerId, partnerName);
        FormDialogs.open(pane, owner, resources.getString("given.title"), resources.getString("given.ok"),
                model.form(), close -> model.log(done -> {
                    close.run();
                    onLogged.run();
                }));
        client.requestFocus();
    }
}
