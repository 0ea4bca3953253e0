package org.referraldesk.ui.newreferral;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.EmailIntroductions;
import org.referraldesk.service.NewReferral;

/**
 * The introduction email the form was filled from (issue 17): the people it names besides the
 * sender (the candidate clients; the owner chooses when there are several), the one chosen, and the
 * line that says where the form came from. Saving keeps the email with the story.
 */
final class FromEmail {
    private final ResourceBundle text;
    private final ReadOnlyObjectWrapper<Introduction> email = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Person> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Person> client = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");

    FromEmail(ResourceBundle text) {
        this.text = text;
    }

    /** The form now stands for {@code introduction}: its first candidate is the client until the owner chooses another. */
    void show(Introduction introduction) {
        client.set(null);
        email.set(introduction);
        candidates.setAll(introduction.others());
        String subject = introduction.subject() == null ? "" : introduction.subject().strip();
        source.set(subject.isEmpty() ? text.getString("newReferral.fromEmailNoSubject")
                : Wording.forOwner(text).format("newReferral.fromEmail", subject));
        client.set(candidates.isEmpty() ? null : candidates.get(0));
    }

    /** A typed referral again (the form was emptied for the next one). */
    void forget() {
        client.set(null);
        candidates.clear();
        email.set(null);
        source.set("");
    }

    /**
     * What to record: every field as the form holds it ({@code typed}: the email's values with the
     * owner's edits), with the email kept ({@link EmailIntroductions#thread}) whatever the owner corrected. The email's own Date (to the second) stays unless
     * the owner changed the day or the time ({@code receivedEdited}). A typed referral stays as it is.
     */
    NewReferral withEdits(NewReferral typed, boolean receivedEdited) {
        if (email.get() == null || client.get() == null) {
            return typed;
        }
        NewReferral kept = typed.fromEmail(EmailIntroductions.thread(email.get()));
        return receivedEdited || email.get().received() == null ? kept : kept.receivedAt(email.get().received());
    }

    /** How a candidate reads in the chooser: "Lee Nguyen (lee.nguyen@fastmail.example)". */
    String label(Person person) {
        if (person == null) {
            return "";
        }
        if (person.address() == null || person.name().equalsIgnoreCase(person.address())) {
            return person.name();
        }
        return Wording.forOwner(text).format("newReferral.candidate", person.name(), person.address());
    }

    ReadOnlyObjectProperty<Introduction> emailProperty() {
        return email.getReadOnlyProperty();
    }

    ObservableList<Person> candidates() {
        return candidates;
    }

    ObjectProperty<Person> clientProperty() {
        return client;
    }

    ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }
}
