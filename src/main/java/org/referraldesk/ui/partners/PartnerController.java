package org.referraldesk.ui.partners;

import org.referraldesk.ui.common.CellNames;
import org.referraldesk.ui.common.Announcer;
import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.Comparator;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.ui.common.EmojiFont;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.UnsavedWork;

/** Wires one partner's view to its view model: numbers, the details form, stories, touches, logging a touch. */
public final class PartnerController implements UnsavedWork {
    private final PartnerViewModel model;
    private final Navigator navigator;
    @FXML private Button logGiftButton;
    @FXML private Button logGivenButton;
    @FXML private Label giftYearLabel;
    @FXML private Label ledgerLabel;
    @FXML private Label storiesTitle;
    @FXML private Label givenTitle;
    @FXML private ListView<org.referraldesk.domain.GivenLine> givenList;

    @FXML private ResourceBundle resources;
    @FXML private Node page;
    @FXML private Node loadingState;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private HBox heroBox;
    @FXML private Button logTouchButton;
    @FXML private Label sentLabel;
    @FXML private Label wonLabel;
    @FXML private Label revenueLabel;
    @FXML private Label profitLabel;
    @FXML private Label lastTouchLabel;
    @FXML private Label nextCheckInLabel;
    @FXML private Label nextCheckInCaption;
    @FXML private TextField nameField;
    @FXML private Label nameErrorLabel;
    @FXML private TextField companyField;
    @FXML private TextField emailField;
    @FXML private Label emailErrorLabel;
    @FXML private TextField phoneField;
    @FXML private TextArea addressField;
    @FXML private TextArea notesField;
    @FXML private TextField cadenceField;
    @FXML private Label cadenceErrorLabel;
    @FXML private CheckBox giftsAllowedBox;
    @FXML private CheckBox publicThanksBox;
    @FXML private CheckBox heroByHandBox;
    @FXML private TextArea giftNotesField;
    @FXML private Button saveButton;
    @FXML private Label savedLabel;
    @FXML private Label formErrorLabel;
    @FXML private ListView<Touch> touchList;
    @FXML private TableView<ReferralSummary> storyTable;
    @FXML private TableColumn<ReferralSummary, ReferralSummary> storyClientColumn;
    @FXML private TableColumn<ReferralSummary, String> storyStageColumn;
    @FXML private TableColumn<ReferralSummary, Instant> storyReceivedColumn;

    public PartnerController(PartnerViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.titleProperty());
        EmojiFont.follow(titleLabel);
        subtitleLabel.textProperty().bind(model.subtitleProperty());
        Label badge = HeroBadge.create(resources);
        badge.visibleProperty().bind(model.heroProperty());
        heroBox.getChildren().setAll(badge);
        sentLabel.textProperty().bind(model.sentTextProperty());
        wonLabel.textProperty().bind(model.wonTextProperty());
        revenueLabel.textProperty().bind(model.revenueTextProperty());
        profitLabel.textProperty().bind(model.profitTextProperty());
        lastTouchLabel.textProperty().bind(model.lastTouchTextProperty());
        nextCheckInLabel.textProperty().bind(model.nextCheckInTextProperty());
        nextCheckInCaption.textProperty().bind(Bindings.when(model.checkInOverdueProperty())
                .then(resources.getString("partner.stats.nextCheckIn") + " · "
                        + resources.getString("partner.stats.overdue"))
                .otherwise(resources.getString("partner.stats.nextCheckIn")));
        model.checkInOverdueProperty().addListener((obs, old, overdue) -> markOverdue(overdue));

        nameField.textProperty().bindBidirectional(model.nameProperty());
        companyField.textProperty().bindBidirectional(model.companyProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        addressField.textProperty().bindBidirectional(model.addressProperty());
        notesField.textProperty().bindBidirectional(model.notesProperty());
        cadenceField.textProperty().bindBidirectional(model.cadenceProperty());
        giftsAllowedBox.selectedProperty().bindBidirectional(model.giftsAllowedProperty());
        publicThanksBox.selectedProperty().bindBidirectional(model.publicThanksAllowedProperty());
        heroByHandBox.selectedProperty().bindBidirectional(model.heroByHandProperty());
        giftNotesField.textProperty().bindBidirectional(model.giftNotesProperty());
        showError(nameErrorLabel, model.nameErrorProperty(), nameField);
        showError(emailErrorLabel, model.emailErrorProperty(), emailField);
        showError(cadenceErrorLabel, model.cadenceErrorProperty(), cadenceField);
        showError(formErrorLabel, model.formErrorProperty(), null);
        savedLabel.textProperty().bind(model.savedMessageProperty());
        Announcer.watch(savedLabel);
        saveButton.disableProperty().bind(model.busyProperty().or(model.dirtyProperty().not()));
        logTouchButton.disableProperty().bind(model.loadedProperty().not());

        touchList.setItems(model.touches());
        touchList.setCellFactory(list -> new TouchCell());
        touchList.setPlaceholder(new Label(resources.getString("partner.touches.none")));
        storyTable.setItems(model.stories());
        storyTable.setPlaceholder(new Label(resources.getString("partner.stories.none")));
        storyClientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        storyClientColumn.setComparator(Comparator.comparing(ReferralSummary::clientName, String.CASE_INSENSITIVE_ORDER));
        storyClientColumn.setCellFactory(column -> new StoryCell());
        storyStageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.actAndStage(c.getValue())));
        storyReceivedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().receivedAt()));
        storyReceivedColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : model.formatDate(item));
            }
        });

        PartnerLedgerView.wire(model, resources, logGiftButton, logGivenButton, giftYearLabel,
                ledgerLabel, storiesTitle, givenTitle, givenList);
        page.visibleProperty().bind(model.loadedProperty());
        loadingState.visibleProperty().bind(model.busyProperty().and(model.loadedProperty().not()));
    }

    /** Shows partner {@code partnerId}. */
    public void show(long partnerId) {
        model.show(partnerId);
    }

    private void markOverdue(boolean overdue) {
        nextCheckInLabel.getStyleClass().remove("overdue");
        nextCheckInCaption.getStyleClass().remove("overdue");
        if (overdue) {
            nextCheckInLabel.getStyleClass().add("overdue");
            nextCheckInCaption.getStyleClass().add("overdue");
        }
    }

    /** A field's message beneath it, and the field marked red, while there is one. */
    private static void showError(Label label, ReadOnlyStringProperty error, Control field) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(error.isNotEmpty());
        if (field != null) {
            error.addListener((obs, old, message) ->
                    field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null && !message.isEmpty()));
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    /** Details or settings typed and not saved (ADR 0010: the shell asks before the page goes). */
    @Override
    public boolean hasUnsavedWork() {
        return model.loadedProperty().get() && model.dirtyProperty().get();
    }

    @Override
    public void saveThen(Runnable saved) {
        model.save(saved);
    }

    @FXML
    private void back() {
        navigator.showPartners();
    }

    @FXML
    private void openContactPage() {
        navigator.openContact(model.partnerId());
    }

    @FXML
    private void merge() {
        navigator.mergeContact(model.partnerId(), model::refresh);
    }

    @FXML
    private void logGift() {
        navigator.logGiftForPartner(model.partnerId(), model::refresh);
    }

    @FXML
    private void logGiven() {
        navigator.logReferralGiven(model.partnerId(), model.titleProperty().get(), model::refresh);
    }

    @FXML
    private void logTouch() {
        new LogTouchDialog(model, resources, navigator.window()).show();
    }

    /** A story: the client, with what they need beneath. */
    private static final class StoryCell extends TableCell<ReferralSummary, ReferralSummary> {
        private final Label client = new Label();
        private final Label need = new Label();
        private final VBox box = new VBox(1, client, need);

        StoryCell() {
            client.getStyleClass().add("story-client");
            need.getStyleClass().addAll("story-need", "text-muted", "text-small");
        }

        @Override
        protected void updateItem(ReferralSummary story, boolean isEmpty) {
            super.updateItem(story, isEmpty);
            setText(null);
            if (isEmpty || story == null) {
                setGraphic(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            client.setText(story.clientName());
            need.setText(story.need() == null ? "" : story.need());
            need.setVisible(story.need() != null);
            need.setManaged(story.need() != null);
            setTooltip(story.need() == null ? null : new Tooltip(story.need()));
            setGraphic(box);
            setAccessibleText(CellNames.of(box));
        }
    }

    /** A touch: its icon, "Call · 23 Nov 2026, 09:00" and its note. */
    private final class TouchCell extends ListCell<Touch> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label note = new Label();
        private final HBox box;

        TouchCell() {
            title.getStyleClass().add("touch-title");
            note.getStyleClass().add("touch-note");
            note.setWrapText(true);
            VBox text = new VBox(2, title, note);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(icon, text);
            box.getStyleClass().add("touch-cell-box");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Touch touch, boolean isEmpty) {
            super.updateItem(touch, isEmpty);
            setText(null);
            if (isEmpty || touch == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            icon.setIconLiteral(iconOf(touch.kind()));
            title.setText(model.touchTitle(touch));
            note.setText(touch.note() == null ? "" : touch.note());
            note.setVisible(touch.note() != null);
            note.setManaged(touch.note() != null);
            setGraphic(box);
            setAccessibleText(CellNames.of(box));
        }
    }

    static String iconOf(TouchKind kind) {
        return switch (kind) {
            case CALL -> "fth-phone";
            case EMAIL -> "fth-mail";
            case CARD -> "fth-edit-3";
            case GIFT -> "fth-gift";
            case MEETING -> "fth-coffee";
            case PUBLIC_THANKS -> "fth-award";
        };
    }
}
