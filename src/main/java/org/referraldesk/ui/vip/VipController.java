package org.referraldesk.ui.vip;

import org.referraldesk.ui.common.Announcer;
import org.referraldesk.ui.common.DeskChanges;
import org.referraldesk.ui.common.NameAndCompanyCell;
import org.referraldesk.ui.common.RightAlignedCell;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.domain.VipTotals;

/** Wires the VIP screen to its view model: the year, the invited partners, the buttons and the totals. */
public final class VipController {
    private final VipViewModel model;

    @FXML private ComboBox<Integer> yearChoice;
    @FXML private TableView<VipLine> table;
    @FXML private TableColumn<VipLine, VipLine> partnerColumn;
    @FXML private TableColumn<VipLine, Integer> sentColumn;
    @FXML private TableColumn<VipLine, Integer> wonColumn;
    @FXML private TableColumn<VipLine, BigDecimal> revenueColumn;
    @FXML private TableColumn<VipLine, BigDecimal> profitColumn;
    @FXML private TableColumn<VipLine, VipStatus> statusColumn;
    @FXML private Button markSentButton;
    @FXML private Button acceptedButton;
    @FXML private Button declinedButton;
    @FXML private Label messageLabel;
    @FXML private Label summaryLabel;
    @FXML private Node emptyState;
    @FXML private Label emptyBody;
    @FXML private Node loadingState;
    @FXML private Node totalsBar;
    @FXML private Label invitedTotal;
    @FXML private Label sentTotal;
    @FXML private Label wonTotal;
    @FXML private Label revenueTotal;
    @FXML private Label profitTotal;

    private final DeskChanges changes;

    public VipController(VipViewModel model, DeskChanges changes) {
        this.changes = changes;
        this.model = model;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(model.years());
        yearChoice.valueProperty().bindBidirectional(model.yearProperty());
        table.setItems(model.rows());
        partnerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        partnerColumn.setCellFactory(column -> new NameAndCompanyCell<>("vip-partner", VipLine::name, VipLine::company));
        sentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().referralsSent()));
        wonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().won()));
        revenueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revenue()));
        profitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().profit()));
        revenueColumn.setCellFactory(column -> new RightAlignedCell<>(model::formatMoney));
        profitColumn.setCellFactory(column -> new RightAlignedCell<>(model::formatMoney));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> model.selectedProperty().set(line));
        model.selectedProperty().addListener((obs, old, line) -> {
            if (line != null && table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
            }
        });
        markSentButton.disableProperty().bind(model.canMarkSent().not());
        acceptedButton.disableProperty().bind(model.canAnswer().not());
        declinedButton.disableProperty().bind(model.canAnswer().not());
        messageLabel.textProperty().bind(model.messageProperty());
        Announcer.watch(messageLabel);
        model.refusedProperty().addListener((obs, old, refused) -> {
            messageLabel.getStyleClass().remove("refused");
            if (refused) {
                messageLabel.getStyleClass().add("refused");
            }
        });
        summaryLabel.textProperty().bind(model.summaryProperty());
        model.totalsProperty().addListener((obs, old, totals) -> showTotals(totals));
        showTotals(model.totalsProperty().get());
        emptyBody.textProperty().bind(model.emptyTextProperty());
        emptyState.visibleProperty().bind(model.emptyProperty().and(model.busyProperty().not()));
        table.visibleProperty().bind(model.emptyProperty().not());
        totalsBar.visibleProperty().bind(model.emptyProperty().not());
        totalsBar.managedProperty().bind(totalsBar.visibleProperty());
        loadingState.visibleProperty().bind(model.busyProperty().and(model.loadedProperty().not()));
        changes.whileShown(table, model::reread);
        model.open();
    }

    private void showTotals(VipTotals totals) {
        invitedTotal.setText(model.partnersText(totals.partners()));
        sentTotal.setText(Integer.toString(totals.referralsSent()));
        wonTotal.setText(Integer.toString(totals.won()));
        revenueTotal.setText(model.formatMoney(totals.revenue()));
        profitTotal.setText(model.formatMoney(totals.profit()));
    }

    @FXML
    private void markSent() {
        model.markSent();
    }

    @FXML
    private void markAccepted() {
        model.markAccepted();
    }

    @FXML
    private void markDeclined() {
        model.markDeclined();
    }

    /** The invite's status as a coloured chip. */
    private final class StatusCell extends TableCell<VipLine, VipStatus> {
        private final Label chip = new Label();

        @Override
        protected void updateItem(VipStatus status, boolean isEmpty) {
            super.updateItem(status, isEmpty);
            setText(null);
            if (isEmpty || status == null) {
                setGraphic(null);
                return;
            }
            chip.setText(model.statusText(status));
            chip.getStyleClass().setAll("vip-chip", status.name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(chip);
        }
    }
}
