package org.referraldesk.ui.partners;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.domain.Wording;

/**
 * "Log a touch": how, when (now unless changed) and a note. The dialog stays open until the touch
 * is stored; a refusal is shown in it, on the field it concerns.
 */
final class LogTouchDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    LogTouchDialog(PartnerViewModel model, ResourceBundle text, Window owner) {
        LogTouchForm form = model.touchForm();
        form.reset();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("touch.title"));
        dialog.setHeaderText(Wording.forOwner(text).format("touch.header", model.titleProperty().get()));
        dialog.setGraphic(new FontIcon("fth-phone-call"));
        dialog.getDialogPane().getStyleClass().add("log-touch-dialog");
        dialog.getDialogPane().getStylesheets().add(LogTouchDialog.class.getResource("partners.css").toExternalForm());

        ChoiceBox<TouchKind> kind = new ChoiceBox<>();
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
        DatePicker date = new DatePicker();
        date.getStyleClass().add("touch-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        date.setPrefWidth(150);
        TextField time = new TextField();
        time.getStyleClass().add("touch-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(form.timeProperty());
        Label whenError = errorLabel(form.whenErrorProperty());
        Label error = errorLabel(form.errorProperty());
        TextArea note = new TextArea();
        note.getStyleClass().add("touch-note-field");
        note.setPromptText(text.getString("touch.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(form.noteProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("log-touch-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(text.getString("touch.kind")), kind);
        HBox when = new HBox(8, date, time);
        grid.addRow(1, new Label(text.getString("touch.when")), when);
        grid.add(whenError, 1, 2);
        Label noteLabel = new Label(text.getString("touch.note"));
        GridPane.setValignment(noteLabel, VPos.TOP);
        grid.addRow(3, noteLabel, note);
        grid.add(error, 1, 4);
        GridPane.setHgrow(note, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(460);

        ButtonType log = new ButtonType(text.getString("touch.log"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(log, ButtonType.CANCEL);
        Node logButton = dialog.getDialogPane().lookupButton(log);
        logButton.getStyleClass().add("accent");
        logButton.disableProperty().bind(form.busyProperty());
        logButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.logTouch(() -> {
                dialog.setResult(log);
                dialog.close();
            });
        });
        dialog.setOnShown(event -> Platform.runLater(kind::requestFocus));
    }

    private static Label errorLabel(ReadOnlyStringProperty message) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty());
        label.managedProperty().bind(message.isNotEmpty());
        return label;
    }

    /** Opens the dialog without blocking; it closes itself once the touch is stored. */
    void show() {
        dialog.show();
    }
}
