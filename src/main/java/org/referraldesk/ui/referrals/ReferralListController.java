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
import javafx.scene.control.TableView;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.ui.newreferral.NewReferralDialog;

/** Wires the referrals list view to its view model. */
public final class ReferralListController {
    private final ReferralListViewModel model;
    private final NewReferralDialog newReferral;

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

    public ReferralListController(ReferralListViewModel model, NewReferralDialog newReferral) {
        this.model = model;
        this.newReferral = newReferral;
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
        model.load();
    }

    @FXML
    private void newReferral() {
        newReferral.open(table.getScene().getWindow(), saved -> model.load());
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
