package org.referraldesk.ui.referrals;

import org.referraldesk.ui.common.Announcer;
import java.time.Instant;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.ReferralQuery.Sort;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.ui.common.Choices;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ScreenSearch;

/** Wires the referrals list view to its view model. */
public final class ReferralListController implements ScreenSearch {
    private final ReferralListViewModel model;
    private final Navigator navigator;

    @FXML private Node listPane;
    @FXML private Node emptyState;
    @FXML private Node loadingState;
    @FXML private Node noMatches;
    @FXML private Label countLabel;
    @FXML private Button sampleButton;
    @FXML private Button moreButton;
    @FXML private ResourceBundle resources;
    @FXML private Node undoBar;
    @FXML private Label deletedLabel;
    @FXML private TextField searchField;
    @FXML private ChoiceBox<Act> actFilter;
    @FXML private ChoiceBox<Stage> outcomeFilter;
    @FXML private CheckBox attentionFilter;
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
        column(referrerColumn, Sort.REFERRER);
        column(clientColumn, Sort.CLIENT);
        column(needColumn, Sort.NEED);
        column(stageColumn, Sort.STAGE);
        column(receivedColumn, Sort.RECEIVED);
        column(nextColumn, Sort.NEXT_FOLLOW_UP);
        referrerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().referrerName()));
        clientColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().clientName()));
        needColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().need()));
        stageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.actAndStage(c.getValue())));
        receivedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().receivedAt()));
        nextColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextFollowUpAt()));
        receivedColumn.setCellFactory(column -> new InstantCell(model, false));
        nextColumn.setCellFactory(column -> new InstantCell(model, true));
        table.setSortPolicy(t -> {
            TableColumn<ReferralSummary, ?> by = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            model.sortBy(by == null ? Sort.RECEIVED : (Sort) by.getUserData(),
                    by == null || by.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        Choices.fill(actFilter, model.actChoices(), model::actLabel, model.actProperty());
        Choices.fill(outcomeFilter, model.outcomeChoices(), model::outcomeLabel, model.outcomeProperty());
        attentionFilter.selectedProperty().bindBidirectional(model.needsAttentionProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        // every keystroke searches at once: the view model cancels the older search and shows the newest
        model.searchProperty().addListener((obs, old, now) -> model.load());
        model.actProperty().addListener((obs, old, now) -> model.load());
        model.outcomeProperty().addListener((obs, old, now) -> model.load());
        model.needsAttentionProperty().addListener((obs, old, now) -> model.load());
        countLabel.textProperty().bind(model.countTextProperty());
        emptyState.visibleProperty().bind(model.emptyProperty().and(model.busyProperty().not()));
        listPane.visibleProperty().bind(model.loadedProperty().and(model.emptyProperty().not()));
        noMatches.visibleProperty().bind(model.loadedProperty().and(model.emptyProperty().not())
                .and(javafx.beans.binding.Bindings.isEmpty(model.rows())));
        loadingState.visibleProperty().bind(model.busyProperty());
        moreButton.visibleProperty().bind(model.moreProperty());
        moreButton.managedProperty().bind(model.moreProperty());
        sampleButton.disableProperty().bind(model.busyProperty());
        undoBar.visibleProperty().bind(model.lastDeletedProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        deletedLabel.textProperty().bind(model.deletedTextProperty());
        Announcer.watch(deletedLabel, undoBar);
        table.setRowFactory(t -> new StoryRow(resources.getString("referrals.delete"), this::deleteStory));
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openStory(rowAt(event.getPickResult().getIntersectedNode()));
            }
        });
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                openStory(table.getSelectionModel().getSelectedItem());
            } else if (key.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                deleteStory(table.getSelectionModel().getSelectedItem());
            }
        });
        model.load();
    }

    /** Opens a story in the main window (double-click or Enter on its row). */
    private void openStory(ReferralSummary row) {
        if (row != null) {
            navigator.openStory(row.id());
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

    private static void column(TableColumn<ReferralSummary, ?> column, Sort sort) {
        column.setUserData(sort);
    }

    @FXML
    private void newReferral() {
        navigator.newReferral(model::load);
    }

    @FXML
    private void importReferrals() {
        navigator.importReferrals(model::load);
    }

    @FXML
    private void addSampleData() {
        model.addSampleData();
    }

    private void deleteStory(ReferralSummary story) {
        model.delete(story);
    }

    @FXML
    private void undoDelete() {
        model.undoDelete();
    }

    @FXML
    private void loadMore() {
        model.loadMore();
    }

    /** Ctrl+F on this screen: its own search box. */
    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
