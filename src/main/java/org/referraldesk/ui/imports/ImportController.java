package org.referraldesk.ui.imports;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import org.referraldesk.domain.ImportField;
import org.referraldesk.service.PreviewRow;

/** Wires the import dialog's view to its model: a column choice and a preview column per field. */
public final class ImportController {
    @FXML private ResourceBundle resources;
    @FXML private Label fileLabel;
    @FXML private Label formatLabel;
    @FXML private GridPane columnsGrid;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private Label reportLabel;
    @FXML private CheckBox mergeBox;
    @FXML private ListView<ReportLine> reportList;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    /** Shows {@code model}; the columns appear once its file is read. */
    void bind(ImportViewModel model) {
        fileLabel.textProperty().bind(model.fileTextProperty());
        formatLabel.textProperty().bind(model.formatTextProperty());
        reportLabel.textProperty().bind(model.reportTextProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        mergeBox.selectedProperty().bindBidirectional(model.mergeProperty());
        mergeBox.setVisible(model.mergeOffered());
        mergeBox.setManaged(model.mergeOffered());
        mergeBox.disableProperty().bind(model.importingProperty().or(model.doneProperty()));
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.importingProperty().or(model.doneProperty()));
        previewTable.setItems(model.preview());
        previewTable.setPlaceholder(new Label(resources.getString("import.preview.empty")));
        columnsGrid.disableProperty().bind(model.importingProperty().or(model.doneProperty()));
        reportList.setItems(model.reportLines());
        reportList.setCellFactory(list -> new ReportCell());
        reportList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.reportLines()));
        reportList.managedProperty().bind(reportList.visibleProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        model.fileProperty().addListener((obs, old, file) -> build(model));
    }

    private void build(ImportViewModel model) {
        columnsGrid.getChildren().clear();
        previewTable.getColumns().clear();
        TableColumn<PreviewRow, Integer> line = new TableColumn<>(resources.getString("import.preview.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(50);
        previewTable.getColumns().add(line);
        int i = 0;
        for (ImportField field : model.fields()) {
            Label label = new Label(model.fieldLabel(field));
            label.getStyleClass().add("import-column-label");
            ComboBox<String> choice = new ComboBox<>();
            choice.getStyleClass().add("import-choice-" + field.key().replace('.', '-'));
            String none = resources.getString("import.notImported");
            choice.getItems().add(none);
            choice.getItems().addAll(model.headers());
            String chosen = model.chosen(field);
            choice.setValue(chosen == null ? none : chosen);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().addListener((obs, was, now) -> model.choose(field, none.equals(now) ? null : now));
            label.setLabelFor(choice);
            columnsGrid.add(label, (i % 2) * 2, i / 2);
            columnsGrid.add(choice, (i % 2) * 2 + 1, i / 2);
            i++;

            TableColumn<PreviewRow, String> column = new TableColumn<>(model.fieldLabel(field));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(oneLine(c.getValue().value(field))));
            column.setPrefWidth(130);
            column.setCellFactory(c -> new PreviewCell());
            column.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> model.mappingProperty().get().maps(field), model.mappingProperty()));
            previewTable.getColumns().add(column);
        }
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\R", " \u21b5 ");
    }

    /** A preview value, cut to the column; the whole value shows as a tooltip. */
    private static final class PreviewCell extends javafx.scene.control.TableCell<PreviewRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            setTooltip(blank ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    /** A report line: rejected rows in the danger colour, duplicates muted. */
    private static final class ReportCell extends ListCell<ReportLine> {
        @Override
        protected void updateItem(ReportLine item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("rejected", "duplicate");
            setText(empty || item == null ? null : item.text());
            if (!empty && item != null) {
                getStyleClass().add(item.kind() == ReportLine.Kind.REJECTED ? "rejected" : "duplicate");
            }
        }
    }
}
