package org.referraldesk.ui.story;

import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.common.FollowUpMessages;
import org.referraldesk.ui.story.StoryViewModel.ActSection;
import org.referraldesk.ui.story.StoryViewModel.EventLine;
import org.referraldesk.ui.story.StoryViewModel.FollowUpItem;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.ui.common.EmojiFont;

/** Wires the story view to its view model: the hero, the acts, the follow-ups and the moves. */
public final class StoryController {
    private final StoryViewModel model;
    private final Navigator navigator;
    private final ViewLoader views;
    private final FollowUpMessages messages;
    private final StoryEditDialog editDialog;

    @FXML private ResourceBundle resources;
    @FXML private StoryUndoBar undoBar;
    @FXML private Node page;
    @FXML private Node loading;
    @FXML private Label hero;
    @FXML private Label stage;
    @FXML private Label referrerDetails;
    @FXML private Label need;
    @FXML private Label clientDetails;
    @FXML private Hyperlink referrerLink;
    @FXML private Hyperlink clientLink;
    @FXML private Hyperlink onwardLink;
    @FXML private Label channel;
    @FXML private Label estimatedValue;
    @FXML private Label received;
    @FXML private Button moveButton;
    @FXML private Button wonButton;
    @FXML private Button notAFitButton;
    @FXML private Button lostButton;
    @FXML private Button reopenButton;
    @FXML private Button editButton;
    @FXML private Label message;
    @FXML private VBox timeline;
    @FXML private VBox followUps;
    @FXML private Label messageStatus;
    @FXML private javafx.scene.control.Hyperlink addAddressLink;
    @FXML private Label noGift;

    public StoryController(StoryViewModel model, Navigator navigator, ViewLoader views, FollowUpMessages messages,
            StoryEditDialog editDialog) {
        this.model = model;
        this.editDialog = editDialog;
        this.navigator = navigator;
        this.views = views;
        this.messages = messages;
    }

    /** Shows the story of referral {@code referralId}. */
    public void show(long referralId) {
        model.show(referralId);
    }

    @FXML
    private void initialize() {
        page.visibleProperty().bind(model.loadedProperty());
        loading.visibleProperty().bind(model.loadedProperty().not());
        hero.textProperty().bind(model.heroProperty());
        EmojiFont.follow(hero);
        messageStatus.textProperty().bind(messages.statusProperty());
        messageStatus.visibleProperty().bind(messages.statusProperty().isNotEmpty());
        messageStatus.managedProperty().bind(messageStatus.visibleProperty());
        addAddressLink.visibleProperty().bind(messages.missingAddressProperty());
        addAddressLink.managedProperty().bind(addAddressLink.visibleProperty());
        stage.textProperty().bind(model.stageProperty());
        referrerDetails.textProperty().bind(model.referrerDetailsProperty());
        need.textProperty().bind(model.needProperty());
        clientDetails.textProperty().bind(model.clientDetailsProperty());
        referrerLink.textProperty().bind(model.referrerLinkProperty());
        clientLink.textProperty().bind(model.clientLinkProperty());
        onwardLink.textProperty().bind(model.onwardLinkProperty());
        onwardLink.visibleProperty().bind(model.onwardLinkProperty().isNotEmpty());
        onwardLink.managedProperty().bind(onwardLink.visibleProperty());
        channel.textProperty().bind(model.channelProperty());
        estimatedValue.textProperty().bind(model.estimatedValueProperty());
        received.textProperty().bind(model.receivedProperty());
        moveButton.textProperty().bind(model.moveTextProperty());
        offerWhen(moveButton, model.canMoveProperty());
        offerWhen(wonButton, model.canCloseProperty());
        offerWhen(notAFitButton, model.canCloseProperty());
        offerWhen(lostButton, model.canCloseProperty());
        offerWhen(reopenButton, model.canReopenProperty());
        offerWhen(editButton, model.loadedProperty());
        noGift.textProperty().bind(model.noGiftProperty());
        noGift.visibleProperty().bind(model.noGiftProperty().isNotEmpty());
        noGift.managedProperty().bind(noGift.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        undoBar.bind(model, resources);
        model.acts().addListener((ListChangeListener<ActSection>) change -> showActs());
        model.followUps().addListener((ListChangeListener<FollowUpItem>) change -> showFollowUps());
    }

    @FXML
    private void backToReferrals() {
        navigator.showReferrals();
    }

    @FXML
    private void openReferrer() {
        navigator.openContact(model.current().referrer().id());
    }

    @FXML
    private void openClient() {
        navigator.openContact(model.current().client().id());
    }

    @FXML
    private void openOnward() {
        navigator.openContact(model.current().onwardContactId());
    }

    @FXML
    private void moveToNextStage() {
        model.moveToNextStage();
    }

    @FXML
    private void edit() {
        editDialog.open(model.current(), navigator.window(), model::refresh);
    }

    @FXML
    private void won() {
        openDialog("WonDialog", model.wonForm());
    }

    @FXML
    private void notAFit() {
        openDialog("NotAFitDialog", model.notAFitForm());
    }

    @FXML
    private void lost() {
        openDialog("ReasonDialog", model.lostForm());
    }

    @FXML
    private void reopen() {
        openDialog("ReasonDialog", model.reopenForm());
    }

    private void openDialog(String view, DialogForm<?> form) {
        FormDialog.open((DialogPane) views.load(StoryController.class, view), form, navigator.window(),
                resources.getString("app.title"));
    }

    private void offerWhen(Button button, ObservableBooleanValue offered) {
        button.visibleProperty().bind(offered);
        button.managedProperty().bind(offered);
        button.disableProperty().bind(model.busyProperty());
    }

    private void showActs() {
        timeline.getChildren().clear();
        for (ActSection act : model.acts()) {
            VBox section = new VBox(styled(new Label(act.title()), "story-act-title"));
            section.getStyleClass().add("story-act");
            if (act.current()) {
                section.getStyleClass().add("current");
            }
            if (act.events().isEmpty()) {
                section.getChildren().add(styled(new Label(resources.getString("story.notYet")), "text-muted"));
            }
            for (EventLine event : act.events()) {
                VBox line = new VBox(styled(new Label(event.when()), "story-event-when"),
                        styled(new Label(event.what()), "story-event-what"));
                if (!event.detail().isEmpty()) {
                    Label detail = styled(new Label(event.detail()), "story-event-detail");
                    detail.setWrapText(true);
                    line.getChildren().add(detail);
                }
                line.getStyleClass().add("story-event");
                line.setAccessibleRole(javafx.scene.AccessibleRole.TEXT); // one entry, said at once
                line.setAccessibleText(org.referraldesk.ui.common.CellNames.of(line));
                section.getChildren().add(line);
            }
            timeline.getChildren().add(section);
        }
    }

    private void showFollowUps() {
        followUps.getChildren().clear();
        if (model.followUps().isEmpty()) {
            followUps.getChildren().add(styled(new Label(resources.getString("story.noFollowUps")), "text-muted"));
        }
        for (FollowUpItem item : model.followUps()) {
            Label title = styled(new Label(item.title()), "story-follow-up-title");
            title.setWrapText(true);
            Label status = styled(new Label(item.status()), "story-follow-up-status");
            status.setWrapText(true);
            VBox row = new VBox(title, status);
            row.getStyleClass().addAll("story-follow-up", item.open() ? "open" : "closed");
            if (item.overdue()) {
                row.getStyleClass().add("overdue");
            }
            if (item.open()) {
                FlowPane actions = new FlowPane(doneAction(item.id()),
                        action("followUp.snoozeDay", () -> model.snooze(item.id(), 1)),
                        action("followUp.snoozeWeek", () -> model.snooze(item.id(), 7)),
                        action("followUp.skip", () -> openDialog("ReasonDialog", model.skipForm(item.id()))));
                if (model.offersMessage(item.id())) {
                    actions.getChildren().addAll(
                            action("followUp.copyMessage", () -> messages.copy(item.id())),
                            action("followUp.emailDraft", () -> messages.openDraft(item.id())));
                }
                actions.getStyleClass().add("story-follow-up-actions");
                row.getChildren().add(actions);
            } else {
                row.getChildren().add(styled(new FlowPane(action("followUp.reopen", () -> model.reopenFollowUp(item.id()))),
                        "story-follow-up-actions"));
            }
            followUps.getChildren().add(row);
        }
    }

    /** Done; for a gift, "Log gift…" (what, amount, day); for public thanks, "Posted…" (where). */
    private Button doneAction(long id) {
        FollowUpKind kind = model.kindOf(id);
        if (kind == FollowUpKind.GIFT) {
            Button log = action("followUp.logGift", () -> navigator.logGiftForFollowUp(id,
                    () -> model.refresh(resources.getString("message.giftLogged"))));
            log.getStyleClass().addAll("accent", "log-gift-button");
            return log;
        }
        if (kind == FollowUpKind.PUBLIC_THANKS) {
            Button posted = action("followUp.posted", () -> navigator.posted(id, model.referrerName(),
                    () -> model.refresh(resources.getString("message.posted"))));
            posted.getStyleClass().add("posted-button");
            return posted;
        }
        return action("followUp.markDone", () -> model.complete(id));
    }

    private Button action(String key, Runnable onAction) {
        Button button = styled(new Button(resources.getString(key)), "small");
        button.setOnAction(event -> onAction.run());
        button.disableProperty().bind(model.busyProperty());
        return button;
    }

    private static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
