package org.referraldesk.ui.thanks;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.referraldesk.ui.common.DateField;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.FormView;

/** Wires the "Log a referral you gave" dialog. */
public final class LogGivenController {
    private final LogGivenViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private DialogPane pane;
    @FXML private TextField client;
    @FXML private Label clientError;
    @FXML private DateField givenOn;
    @FXML private Label givenOnError;
    @FXML private TextArea note;
    @FXML private Label noteError;
    @FXML private Label formError;

    public LogGivenController(LogGivenViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FormView.bind(model.form(), LogGivenViewModel.CLIENT, client, clientError);
        FormView.bind(model.form(), LogGivenViewModel.DATE, givenOn, givenOnError);
        FormView.bind(model.form(), LogGivenViewModel.NOTE, note, noteError);
        FormView.message(formError, model.form().formErrorProperty());
        pane.headerTextProperty().bind(model.headerProperty());
    }

    /** Opens the dialog for partner {@code partnerId}; {@code onLogged} runs once the referral is stored. */
    public void open(long partnerId, String partnerName, Window owner, Runnable onLogged) {
        model.start(partnerId, partnerName);
        FormDialog.open(pane, owner, resources.getString("given.title"), resources.getString("given.ok"),
                model.form(), close -> model.log(done -> {
                    close.run();
                    onLogged.run();
                }), client);
    }
}
