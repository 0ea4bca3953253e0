package org.referraldesk.ui.contact;

import java.time.Clock;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactPage;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.service.ContactPages;
import org.referraldesk.service.Trash;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * Any person's page: who they are, the stories they sent us or were the client in, the referrals we
 * gave them, our touches with them, making them a partner when they are not one yet, and deleting
 * someone who is in no story (a name typed wrong) to the Trash.
 */
public final class ContactViewModel {
    private final ContactPages pages;
    private final Trash trash;
    private final BackgroundTasks tasks;
    private final ContactTexts texts;
    private long contactId;

    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty partner = new SimpleBooleanProperty(false);
    private final BooleanProperty refused = new SimpleBooleanProperty(false);
    private final BooleanProperty gone = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ContactLine> details = FXCollections.observableArrayList();
    private final ObservableList<ContactLine> stories = FXCollections.observableArrayList();
    private final ObservableList<ContactLine> given = FXCollections.observableArrayList();
    private final ObservableList<ContactLine> touches = FXCollections.observableArrayList();

    public ContactViewModel(ContactPages pages, Trash trash, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.pages = pages;
        this.trash = trash;
        this.tasks = tasks;
        this.texts = new ContactTexts(text, clock);
    }

    /** Reads contact {@code id}'s page off the FX thread and shows it. */
    public void show(long id) {
        contactId = id;
        busy.set(true);
        say("", false);
        tasks.run(() -> pages.page(id), this::fill, this::failed);
    }

    /** Makes the shown contact a partner; the page then shows them as one. */
    public void makePartner() {
        long id = contactId;
        busy.set(true);
        tasks.run(() -> pages.makePartner(id), page -> {
            fill(page);
            say(texts.format("contact.madePartner", page.contact().name()), false);
        }, this::failed);
    }

    /**
     * Moves the shown contact to the Trash (where they can be restored); refused, with the reason on
     * the page, while they are in a story.
     */
    public void delete() {
        long id = contactId;
        busy.set(true);
        tasks.run(() -> {
            trash.deleteContact(id);
            return id;
        }, deleted -> {
            busy.set(false);
            loaded.set(false);
            gone.set(true);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof NotFound && !loaded.get()) {
            gone.set(true); // merged away or in the trash since it was listed: say so, not a failure
        } else if (failure instanceof InvalidInput refusal && loaded.get()) {
            say(refusal.ownersMessage(), true);
        } else {
            tasks.report(failure);
        }
    }

    private void say(String text, boolean isRefusal) {
        message.set(text);
        refused.set(isRefusal);
    }

    private void fill(ContactPage page) {
        Contact contact = page.contact();
        name.set(contact.name());
        partner.set(page.partner());
        role.set(texts.role(page));
        summary.set(texts.summary(page));
        details.setAll(texts.details(contact));
        stories.setAll(texts.stories(page));
        given.setAll(page.givenTo().stream().map(texts::given).toList());
        touches.setAll(page.touches().stream().map(texts::touch).toList());
        busy.set(false);
        loaded.set(true);
    }

    public long contactId() {
        return contactId;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Whether they are a partner (the partner page is theirs) rather than someone to make one. */
    public ReadOnlyBooleanProperty partnerProperty() {
        return partner;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    /** "Partner", "Client", "Onward contact" or "Contact", with their company. */
    public ReadOnlyStringProperty roleProperty() {
        return role;
    }

    /** "Sent you 2 referrals · Client in 1 story · You sent them 1 referral": only what there is. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** What the last action did, or why it was refused; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Whether the contact asked for is no longer on the desk (in the trash, or merged into another). */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone;
    }

    /** Whether the message says why something was refused (rather than what was done). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ObservableList<ContactLine> details() {
        return details;
    }

    /** The stories they are in, newest first, whether they sent it or were the client. */
    public ObservableList<ContactLine> stories() {
        return stories;
    }

    public ObservableList<ContactLine> given() {
        return given;
    }

    public ObservableList<ContactLine> touches() {
        return touches;
    }
}
