package org.referraldesk.ui.thanks;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.FormView;

/** Wires the "Where did you post it?" dialog: the field and one button per suggested place. */
public final class PostedController {
    private final PostedViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private DialogPane pane;
    @FXML private TextField where;
    @FXML private Label whereError;
    @FXML private FlowPane suggestions;
    @FXML private Label formError;
    @FXML private javafx.scene.control.TextArea post;
    @FXML private javafx.scene.Node postBox;

    public PostedController(PostedViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FormView.bind(model.form(), PostedViewModel.WHERE, where, whereError);
        FormView.message(formError, model.form().formErrorProperty());
        pane.headerTextProperty().bind(model.headerProperty());
        post.textProperty().bind(model.postProperty());
        postBox.visibleProperty().bind(model.postProperty().isNotEmpty());
        postBox.managedProperty().bind(postBox.visibleProperty());
        for (String place : model.suggestions()) {
            Button button = new Button(place);
            button.getStyleClass().addAll("small", "place-suggestion");
            button.setOnAction(event -> {
                model.choose(place);
                where.requestFocus();
                where.end();
            });
            suggestions.getChildren().add(button);
        }
    }

    @FXML
    private void copyPost() {
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(
                java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, model.postProperty().get()));
    }

    /** Opens the dialog for public thank-you {@code followUpId}; {@code onPosted} runs once it is recorded. */
    public void open(long followUpId, String partnerName, Window owner, Runnable onPosted) {
        model.start(followUpId, partnerName);
        FormDialog.open(pane, owner, resources.getString("posted.title"), resources.getString("posted.ok"),
                model.form(), close -> model.markPosted(done -> {
                    close.run();
                    onPosted.run();
                }), where);
    }
}
