package org.referraldesk.ui.merge;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.referraldesk.domain.LikelyDuplicate;
import org.referraldesk.ui.common.ViewLoader;

/** Wires the likely-duplicates list: each pair opens the merge dialog with both records picked. */
public final class DuplicatesController {
    private final DuplicatesViewModel model;
    private final ViewLoader views;

    @FXML private ResourceBundle resources;
    @FXML private DialogPane pane;
    @FXML private Label countLabel;
    @FXML private TableView<LikelyDuplicate> table;
    @FXML private TableColumn<LikelyDuplicate, String> firstColumn;
    @FXML private TableColumn<LikelyDuplicate, String> secondColumn;
    @FXML private TableColumn<LikelyDuplicate, String> whyColumn;
    @FXML private Button reviewButton;

    public DuplicatesController(DuplicatesViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
    }

    @FXML
    private void initialize() {
        table.setItems(model.pairs());
        table.setPlaceholder(new Label(resources.getString("duplicates.empty")));
        firstColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DuplicatesViewModel.describe(c.getValue().first())));
        secondColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DuplicatesViewModel.describe(c.getValue().second())));
        whyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.why(c.getValue())));
        countLabel.textProperty().bind(model.countProperty());
        reviewButton.disableProperty().bind(Bindings.isNull(table.getSelectionModel().selectedItemProperty()));
        table.setRowFactory(view -> {
            TableRow<LikelyDuplicate> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    review();
                }
            });
            return row;
        });
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                review();
            }
        });
    }

    @FXML
    private void review() {
        LikelyDuplicate pair = table.getSelectionModel().getSelectedItem();
        if (pair != null) {
            views.loadWithController(MergeController.class, "MergeView").controller()
                    .open(pair.first().id(), pair.second().id(), pane.getScene().getWindow(), kept -> model.load());
        }
    }

    /** Shows the list over {@code owner}; {@code onClosed} runs when it closes (a merge may have changed screens). */
    public void open(Window owner, Runnable onClosed) {
        model.load();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(resources.getString("duplicates.title"));
        dialog.setDialogPane(pane);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setOnHidden(event -> onClosed.run());
        dialog.show();
    }
}
