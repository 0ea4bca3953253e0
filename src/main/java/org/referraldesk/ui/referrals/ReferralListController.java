package org.referraldesk.ui.referrals;

import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.story.StoryController;

/** Wires the referrals list view to its view model. */
public final class ReferralListController {
    private final ReferralListViewModel model;
    private final Navigator navigator;

    @FXML private Node listPane;
    @FXML private Node emptyState;
    @FXML private Node loadingState;
    @FXML private Label countLabel;
    @FXML private Button sampleButton;
    @FXML private TableView<ReferralSummary> table;
    @FXML private TableColumn<ReferralSummary, String> referrerColumn;
    @FXML private TableColumn<ReferralSummary, String> clientColumn;
    @FXML private TableColumn<ReferralSummary, String> needColumn;
    @FXML private TableColumn<ReferralSummary, String> stageColumn;
    @FXML private TableColumn<ReferralSummary, Instant> receivedColumn;
    @FXML private TableColumn<ReferralSummary, Instant> nextColumn;

    public ReferralListController(ReferralListViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        table.setItems(model.rows());
        referrerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().referrerName()));
        clientColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().clientName()));
        needColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().need()));
        stageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.actAndStage(c.getValue())));
        receivedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().receivedAt()));
        nextColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextFollowUpAt()));
        receivedColumn.setCellFactory(column -> new InstantCell(false));
        nextColumn.setCellFactory(column -> new InstantCell(true));
        countLabel.textProperty().bind(model.countTextProperty());
        emptyState.visibleProperty().bind(model.emptyProperty().and(model.busyProperty().not()));
        listPane.visibleProperty().bind(model.loadedProperty().and(model.emptyProperty().not()));
        loadingState.visibleProperty().bind(model.busyProperty());
        sampleButton.disableProperty().bind(model.busyProperty());
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openStory(rowAt(event.getPickResult().getIntersectedNode()));
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openStory(table.getSelectionModel().getSelectedItem());
            }
        });
        model.load();
    }

    /** Opens a story in the main window (double-click or Enter on its row). */
    private void openStory(ReferralSummary row) {
        if (row != null) {
            navigator.show(StoryController.class, "StoryView").show(row.id());
        }
    }

    /** The story on the row that holds {@code node}, or null for the header or an empty row. */
    private static ReferralSummary rowAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return row.isEmpty() ? null : (ReferralSummary) row.getItem();
            }
        }
        return null;
    }

    @FXML
    private void addSampleData() {
        model.addSampleData();
    }

    /** A date cell, or for follow-ups a date-time cell that marks a time in the past as overdue. */
    private final class InstantCell extends TableCell<ReferralSummary, Instant> {
        private final boolean markOverdue;

        InstantCell(boolean markOverdue) {
            this.markOverdue = markOverdue;
        }

        @Override
        protected void updateItem(Instant item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty ? null : markOverdue ? model.formatDateTime(item) : model.formatDate(item));
            getStyleClass().remove("overdue");
            if (!isEmpty && markOverdue && model.isOverdue(item)) {
                getStyleClass().add("overdue");
            }
        }
    }
}
