package org.referraldesk.ui.partners;

import org.referraldesk.ui.common.NameAndCompanyCell;
import org.referraldesk.ui.common.RightAlignedCell;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ScreenSearch;

/** Wires the partners list to its view model; a double-click (or Enter) opens a partner. */
public final class PartnerListController implements ScreenSearch {
    private final PartnerListViewModel model;
    private final Navigator navigator;

    @FXML private Label giftTotalLabel;
    @FXML private ResourceBundle resources;
    @FXML private Node listPane;
    @FXML private Node emptyState;
    @FXML private Node loadingState;
    @FXML private Label countLabel;
    @FXML private TextField searchField;
    @FXML private TableView<PartnerSummary> table;
    @FXML private TableColumn<PartnerSummary, PartnerSummary> nameColumn;
    @FXML private TableColumn<PartnerSummary, Boolean> heroColumn;
    @FXML private TableColumn<PartnerSummary, Integer> sentColumn;
    @FXML private TableColumn<PartnerSummary, Integer> wonColumn;
    @FXML private TableColumn<PartnerSummary, BigDecimal> revenueColumn;
    @FXML private TableColumn<PartnerSummary, BigDecimal> profitColumn;
    @FXML private TableColumn<PartnerSummary, Instant> lastTouchColumn;
    @FXML private TableColumn<PartnerSummary, Instant> nextCheckInColumn;

    public PartnerListController(PartnerListViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        giftTotalLabel.textProperty().bind(model.giftTotalTextProperty());
        giftTotalLabel.visibleProperty().bind(model.giftTotalTextProperty().isNotEmpty());
        giftTotalLabel.managedProperty().bind(giftTotalLabel.visibleProperty());
        SortedList<PartnerSummary> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.PRIMARY);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(Comparator.comparing(PartnerSummary::name, collator));
        nameColumn.setCellFactory(column -> new NameAndCompanyCell<>("partner", PartnerSummary::name, PartnerSummary::company));
        heroColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isHero()));
        heroColumn.setCellFactory(column -> new HeroCell());
        sentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().referralsSent()));
        wonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().won()));
        revenueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revenue()));
        profitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().profit()));
        revenueColumn.setCellFactory(column -> new RightAlignedCell<>(model::formatMoney));
        profitColumn.setCellFactory(column -> new RightAlignedCell<>(model::formatMoney));
        lastTouchColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastTouchAt()));
        nextCheckInColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextCheckInAt()));
        lastTouchColumn.setCellFactory(column -> new DateCell(false));
        nextCheckInColumn.setCellFactory(column -> new DateCell(true));
        table.getSortOrder().add(nameColumn);

        Label noMatch = new Label();
        noMatch.textProperty().bind(model.noMatchTextProperty());
        table.setPlaceholder(noMatch);
        table.setRowFactory(view -> {
            TableRow<PartnerSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            PartnerSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                open(selected);
            }
        });

        searchField.textProperty().bindBidirectional(model.searchProperty());
        countLabel.textProperty().bind(model.countTextProperty());
        emptyState.visibleProperty().bind(model.emptyProperty().and(model.busyProperty().not()));
        listPane.visibleProperty().bind(model.loadedProperty().and(model.emptyProperty().not()));
        loadingState.visibleProperty().bind(model.busyProperty());
        model.load();
    }

    @FXML
    private void importContacts() {
        navigator.importContacts(model::load);
    }

    @FXML
    private void reviewDuplicates() {
        navigator.reviewDuplicates(model::load);
    }

    private void open(PartnerSummary partner) {
        navigator.openPartner(partner.id());
    }

    /** The Hero badge for a partner with a won referral or marked a Hero by hand. */
    private final class HeroCell extends TableCell<PartnerSummary, Boolean> {
        @Override
        protected void updateItem(Boolean hero, boolean isEmpty) {
            super.updateItem(hero, isEmpty);
            setText(null);
            setGraphic(!isEmpty && Boolean.TRUE.equals(hero) ? HeroBadge.create(resources) : null);
        }
    }

    /** A day; for check-ins, one in the past is marked overdue (red). */
    private final class DateCell extends TableCell<PartnerSummary, Instant> {
        private final boolean markOverdue;

        DateCell(boolean markOverdue) {
            this.markOverdue = markOverdue;
        }

        @Override
        protected void updateItem(Instant item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty ? null : model.formatDate(item));
            getStyleClass().remove("overdue");
            if (!isEmpty && markOverdue && model.isOverdue(item)) {
                getStyleClass().add("overdue");
            }
        }
    }

    /** Ctrl+F on this screen: its own search box. */
    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
