package org.referraldesk.ui.contact;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.referraldesk.ui.common.Navigator;

/** Wires a contact's page to its view model: their details, stories, referrals given, touches; Make partner. */
public final class ContactController {
    private static final double LINE_HEIGHT = 40;
    private final ContactViewModel model;
    private final Navigator navigator;
    @FXML private ResourceBundle resources;
    @FXML private Node page;
    @FXML private Node loadingState;
    @FXML private Node goneState;
    @FXML private Label nameLabel;
    @FXML private Label roleLabel;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private Button makePartnerButton;
    @FXML private Button partnerPageButton;
    @FXML private Button deleteButton;
    @FXML private Button mergeButton;
    @FXML private VBox detailsBox;
    @FXML private Label noDetailsLabel;
    @FXML private ListView<ContactLine> storyList;
    @FXML private ListView<ContactLine> givenList;
    @FXML private ListView<ContactLine> touchList;

    public ContactController(ContactViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        nameLabel.textProperty().bind(model.nameProperty());
        roleLabel.textProperty().bind(model.roleProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        org.referraldesk.ui.common.Announcer.watch(messageLabel);
        model.refusedProperty().addListener((obs, old, refusal) -> {
            messageLabel.getStyleClass().remove("refused");
            if (refusal) {
                messageLabel.getStyleClass().add("refused");
            }
        });
        offerWhen(makePartnerButton, model.loadedProperty().and(model.partnerProperty().not()));
        offerWhen(partnerPageButton, model.loadedProperty().and(model.partnerProperty()));
        makePartnerButton.disableProperty().bind(model.busyProperty());
        offerWhen(deleteButton, model.loadedProperty());
        offerWhen(mergeButton, model.loadedProperty());
        mergeButton.disableProperty().bind(model.busyProperty());
        deleteButton.disableProperty().bind(model.busyProperty());
        model.details().addListener((ListChangeListener<ContactLine>) change -> showDetails());
        list(storyList, model.stories(), "contact.stories.none", "fth-book-open");
        list(givenList, model.given(), "contact.given.none", "fth-corner-up-right");
        list(touchList, model.touches(), "contact.touches.none", "fth-message-circle");
        storyList.setTooltip(new Tooltip(resources.getString("contact.open.tip")));
        opensStories(storyList);
        opensStories(givenList);
        page.visibleProperty().bind(model.loadedProperty());
        loadingState.visibleProperty().bind(model.busyProperty().and(model.loadedProperty().not()));
        goneState.visibleProperty().bind(model.goneProperty());
    }

    /** Shows contact {@code contactId}. */
    public void show(long contactId) {
        model.show(contactId);
    }

    @FXML
    private void makePartner() {
        model.makePartner();
    }

    @FXML
    private void merge() {
        long shown = model.contactId();
        navigator.mergeContact(shown, () -> model.show(shown));
    }

    @FXML
    private void delete() {
        model.delete();
    }

    @FXML
    private void openPartnerPage() {
        navigator.openPartner(model.contactId());
    }

    private static void offerWhen(Node node, ObservableBooleanValue offered) {
        node.visibleProperty().bind(offered);
        node.managedProperty().bind(offered);
    }

    private void showDetails() {
        detailsBox.getChildren().setAll(model.details().stream().map(ContactController::detail).toList());
        noDetailsLabel.setVisible(model.details().isEmpty());
        noDetailsLabel.setManaged(model.details().isEmpty());
    }

    private static Node detail(ContactLine line) {
        Label name = new Label(line.title());
        name.getStyleClass().add("contact-detail-name");
        Label value = new Label(line.detail());
        value.setWrapText(true);
        value.getStyleClass().add("contact-detail-value");
        return new VBox(1, name, value);
    }

    private void list(ListView<ContactLine> list, ObservableList<ContactLine> items,
            String emptyKey, String icon) {
        list.setItems(items);
        list.setPlaceholder(new Label(resources.getString(emptyKey)));
        list.setCellFactory(view -> new ContactLineCell(icon));
        // as tall as its lines (up to six), so a short list leaves no empty box
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(items.size(), 1), 6) * LINE_HEIGHT + 6, items));
    }

    /** Double-click or Enter on a line that belongs to a story opens that story. */
    private void opensStories(ListView<ContactLine> list) {
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void open(ContactLine line) {
        if (line != null && line.opensAStory()) {
            navigator.openStory(line.referralId());
        }
    }
}
