package org.referraldesk.ui.trash;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.referraldesk.domain.TrashItem;

/** Wires the trash view to its view model; asks before deleting for good. */
public final class TrashController {
    private final TrashViewModel model;

    @FXML private TableView<TrashItem> table;
    @FXML private TableColumn<TrashItem, String> kindColumn;
    @FXML private TableColumn<TrashItem, String> labelColumn;
    @FXML private TableColumn<TrashItem, String> deletedColumn;
    @FXML private Button restoreButton;
    @FXML private Button purgeButton;
    @FXML private Node emptyLabel;

    public TrashController(TrashViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.items());
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.kindLabel(c.getValue())));
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.label(c.getValue())));
        deletedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.deletedAt(c.getValue().deletedAt())));
        var nothingChosen = Bindings.isNull(table.getSelectionModel().selectedItemProperty());
        restoreButton.disableProperty().bind(nothingChosen);
        purgeButton.disableProperty().bind(nothingChosen);
        emptyLabel.visibleProperty().bind(model.emptyProperty());
        table.setPlaceholder(new javafx.scene.layout.Region()); // one empty message: the label above, not the table's own too
        model.load();
    }

    @FXML
    private void restore() {
        model.restore(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void purge() {
        TrashItem item = table.getSelectionModel().getSelectedItem();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.confirmPurge(item), ButtonType.CANCEL,
                ButtonType.OK);
        confirm.initOwner(table.getScene().getWindow());
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.purge(item));
    }
}
