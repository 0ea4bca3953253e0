package org.referraldesk.ui.story;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.StoryField;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.Story;
import org.referraldesk.service.StoryCorrected;
import org.referraldesk.service.StoryCorrection;
import org.referraldesk.domain.Amounts;
import org.referraldesk.service.StoryCorrection.Person;
import org.referraldesk.service.StoryCorrections;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.TypedDates;

/**
 * The story's "Edit…" form: need, channel, received time, estimated value, and the client and the
 * referrer, each picked from the contacts (another one fills in their details) with details that can
 * be corrected. The service ({@link StoryCorrections}) checks it; what it refuses lands on its field.
 */
public final class StoryEditViewModel {
    static final List<String> FIELDS = List.of("need", "receivedAt", "estimatedValue", "clientName", "clientEmail",
            "clientPhone", "referrerName", "referrerEmail");

    private final StoryCorrections corrections;
    private final ContactDirectory directory;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final Story story;
    private final FormFields fields;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Contact> client = new SimpleObjectProperty<>();
    private final ObjectProperty<Contact> referrer = new SimpleObjectProperty<>();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final LocalDate shownDay;
    private final String shownTime;

    public StoryEditViewModel(StoryCorrections corrections, ContactDirectory directory, BackgroundTasks tasks,
            Clock clock, ResourceBundle text, Story story) {
        this.corrections = corrections;
        this.directory = directory;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.story = story;
        this.fields = new FormFields(tasks, text, FIELDS);
        ZonedDateTime received = story.referral().receivedAt().atZone(clock.getZone());
        shownDay = received.toLocalDate();
        shownTime = TypedDates.showTime(received.toLocalTime());
        fields.field("need").set(orEmpty(story.referral().need()));
        fields.day("receivedAt").set(shownDay);
        fields.field("receivedAt").set(shownTime);
        BigDecimal value = story.referral().estimatedValue();
        fields.field("estimatedValue").set(value == null ? "" : Amounts.write(value, locale()));
        channel.set(story.referral().channel());
        contacts.setAll(story.client(), story.referrer());
        pick("client", client, story.client());
        pick("referrer", referrer, story.referrer());
        client.addListener((obs, old, picked) -> fill("client", picked));
        referrer.addListener((obs, old, picked) -> fill("referrer", picked));
    }

    /** Reads the owner's contacts off the FX thread, for the client and referrer pickers. */
    public void loadContacts() {
        tasks.run(directory::all, all -> {
            Contact pickedClient = client.get();
            Contact pickedReferrer = referrer.get();
            contacts.setAll(all);
            client.set(same(all, pickedClient));
            referrer.set(same(all, pickedReferrer));
        }, tasks::report);
    }

    /** The dialog's form; {@code saved} takes what was corrected on the FX thread. */
    public DialogForm<StoryCorrected> form(Consumer<StoryCorrected> saved) {
        long id = story.referral().id();
        return new DialogForm<>(text.getString("edit.header"), text.getString("edit.ok"), fields, f -> {
            StoryCorrection wanted = new StoryCorrection(f.text("need"), channel.get(), receivedAt(f),
                    f.amount("estimatedValue", text.getString("edit.estimatedValue.bad")),
                    person(f, "client", client.get(), true), person(f, "referrer", referrer.get(), false));
            Callable<StoryCorrected> work = () -> corrections.correct(id, wanted);
            return work;
        }, saved);
    }

    /** "Corrected: received time, need." or "Nothing was changed." for the story's message line. */
    public String said(StoryCorrected corrected) {
        if (corrected.changed().isEmpty()) {
            return text.getString("edit.nothingChanged");
        }
        Labels labels = Labels.forOwner();
        List<String> names = corrected.changed().stream().map(labels::of).toList();
        String said = Wording.forOwner(text).format("edit.corrected", String.join(", ", names));
        return corrected.changed().contains(StoryField.RECEIVED_AT) ? said + " " + text.getString("edit.moved") : said;
    }

    /** How a channel or a contact reads in the pickers. */
    public String label(Channel value) {
        return Labels.forOwner().of(value);
    }

    public String label(Contact contact) {
        if (contact == null) {
            return "";
        }
        return contact.email() == null ? contact.name() : contact.name() + " <" + contact.email() + ">";
    }

    /** The day and time as typed; the stored instant while they are as the form first showed them. */
    private Instant receivedAt(FormFields f) {
        LocalDate day = f.date("receivedAt");
        if (day == null) {
            throw new InvalidInput("receivedAt", text.getString("edit.receivedAt.day"));
        }
        String typed = f.field("receivedAt").get() == null ? "" : f.field("receivedAt").get().strip();
        if (day.equals(shownDay) && typed.equals(shownTime)) {
            return story.referral().receivedAt();
        }
        try {
            LocalTime time = TypedDates.readTime(typed, locale());
            return day.atTime(time).atZone(clock.getZone()).toInstant();
        } catch (RuntimeException notATime) {
            throw new InvalidInput("receivedAt", text.getString("edit.receivedAt.time"));
        }
    }

    private static Person person(FormFields f, String role, Contact picked, boolean withPhone) {
        return new Person(picked.id(), f.text(role + "Name"), f.text(role + "Email"),
                withPhone ? f.text(role + "Phone") : picked.phone());
    }

    private void pick(String role, ObjectProperty<Contact> picker, Contact contact) {
        picker.set(contact);
        fill(role, contact);
    }

    private void fill(String role, Contact contact) {
        if (contact == null) {
            return;
        }
        fields.field(role + "Name").set(contact.name());
        fields.field(role + "Email").set(orEmpty(contact.email()));
        if (fields.fields().contains(role + "Phone")) {
            fields.field(role + "Phone").set(orEmpty(contact.phone()));
        }
    }

    /** The contact in {@code all} with the id of {@code picked} (the list is read afresh). */
    private static Contact same(List<Contact> all, Contact picked) {
        return all.stream().filter(c -> picked != null && c.id() == picked.id()).findFirst().orElse(picked);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    public FormFields fields() {
        return fields;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    /** The contact who is the client; picking another fills in their name, email and phone. */
    public ObjectProperty<Contact> clientProperty() {
        return client;
    }

    public ObjectProperty<Contact> referrerProperty() {
        return referrer;
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }
}
