package org.referraldesk.ui.story;

import java.time.Clock;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.referraldesk.domain.Contact;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.Story;
import org.referraldesk.service.StoryCorrections;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.Choices;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.ViewLoader;

/** Opens the story's "Edit…" form ({@link StoryEditViewModel}) in the form kit's dialog. */
public final class StoryEditDialog {
    private final ViewLoader views;
    private final StoryCorrections corrections;
    private final ContactDirectory contacts;
    private final BackgroundTasks tasks;
    private final Clock clock;

    public StoryEditDialog(ViewLoader views, StoryCorrections corrections, ContactDirectory contacts,
            BackgroundTasks tasks, Clock clock) {
        this.views = views;
        this.corrections = corrections;
        this.contacts = contacts;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Opens the form for {@code story} over {@code owner}; {@code said} takes what to tell the owner once saved. */
    public void open(Story story, Window owner, Consumer<String> said) {
        ResourceBundle text = views.textFor(StoryEditDialog.class);
        StoryEditViewModel model = new StoryEditViewModel(corrections, contacts, tasks, clock, text, story);
        DialogPane pane = (DialogPane) views.load(StoryEditDialog.class, "StoryEditDialog");
        @SuppressWarnings("unchecked")
        ChoiceBox<org.referraldesk.domain.Channel> channel = (ChoiceBox<org.referraldesk.domain.Channel>)
                pane.getContent().lookup("#channel");
        Choices.fill(channel, model.channels(), model::label, model.channelProperty());
        picker(pane, "#client", model).valueProperty().bindBidirectional(model.clientProperty());
        picker(pane, "#referrer", model).valueProperty().bindBidirectional(model.referrerProperty());
        DialogForm<?> form = model.form(corrected -> said.accept(model.said(corrected)));
        FormDialog.open(pane, form, owner, text.getString("app.title"));
        model.loadContacts();
    }

    private static ComboBox<Contact> picker(DialogPane pane, String id, StoryEditViewModel model) {
        @SuppressWarnings("unchecked")
        ComboBox<Contact> box = (ComboBox<Contact>) pane.getContent().lookup(id);
        box.setItems(model.contacts());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Contact contact) {
                return model.label(contact);
            }

            @Override
            public Contact fromString(String typed) {
                throw new UnsupportedOperationException("contacts are picked, not typed");
            }
        });
        box.setVisibleRowCount(12);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Contact contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? "" : contact.name());
            }
        });
        return box;
    }
}
