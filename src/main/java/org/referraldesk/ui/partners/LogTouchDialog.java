package org.referraldesk.ui.partners;

import java.util.ResourceBundle;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.common.DateTimeField;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.FormView;

/**
 * "Log a touch": how, when (now unless changed) and a note, in the form kit's dialog shell. The dialog
 * stays open until the touch is stored; a refusal is shown in it, on the field it concerns.
 */
final class LogTouchDialog {
    private final FormDialog dialog;
    private final ChoiceBox<TouchKind> kind = new ChoiceBox<>();

    LogTouchDialog(PartnerViewModel model, ResourceBundle text, Window owner) {
        LogTouchForm form = model.touchForm();
        form.reset();
        FormFields fields = form.fields();
        DialogPane pane = new DialogPane();
        pane.setHeaderText(Wording.forOwner(text).format("touch.header", model.titleProperty().get()));
        pane.setGraphic(new FontIcon("fth-phone-call"));
        pane.getStyleClass().add("log-touch-dialog");
        pane.getStylesheets().add(LogTouchDialog.class.getResource("partners.css").toExternalForm());

        kind.getStyleClass().add("touch-kind");
        kind.getItems().setAll(form.kinds());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TouchKind value) {
                return model.touchKindLabel(value);
            }

            @Override
            public TouchKind fromString(String label) {
                return form.kinds().stream().filter(k -> model.touchKindLabel(k).equals(label)).findFirst()
                        .orElse(null);
            }
        });
        DateTimeField when = new DateTimeField();
        when.date().getStyleClass().add("touch-date");
        when.time().getStyleClass().add("touch-time");
        Label whenError = new Label();
        FormView.bind(fields, LogTouchForm.AT, when, whenError);
        TextArea note = new TextArea();
        note.getStyleClass().add("touch-note-field");
        note.setPromptText(text.getString("touch.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        FormView.bind(fields, LogTouchForm.NOTE, note, null);
        Label error = new Label();
        FormView.message(error, fields.formErrorProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("log-touch-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);
        grid.addRow(0, new Label(text.getString("touch.kind")), kind);
        grid.addRow(1, new Label(text.getString("touch.when")), when);
        grid.add(whenError, 1, 2);
        Label noteLabel = new Label(text.getString("touch.note"));
        GridPane.setValignment(noteLabel, VPos.TOP);
        grid.addRow(3, noteLabel, note);
        grid.add(error, 1, 4);
        GridPane.setHgrow(note, Priority.ALWAYS);
        pane.setContent(grid);
        pane.setPrefWidth(460);

        ButtonType log = new ButtonType(text.getString("touch.log"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(log, ButtonType.CANCEL);
        dialog = new FormDialog(pane, owner, text.getString("touch.title"));
        dialog.action(null, form.busyProperty(), model::logTouch);
        fields.markUnchanged();
        dialog.asksBeforeLosing(fields::changed);
    }

    /** Opens the dialog without blocking; it closes itself once the touch is stored. */
    void show() {
        dialog.show(kind);
    }
}
