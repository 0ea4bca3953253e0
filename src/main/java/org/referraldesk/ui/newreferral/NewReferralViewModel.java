package org.referraldesk.ui.newreferral;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.Amounts;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Ranked;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Wording;
import org.referraldesk.domain.Introduction;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.EmailIntroductions;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.RecordedReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DroppedEmail;
import org.referraldesk.ui.common.FailureDialog;
import org.referraldesk.ui.common.OwnerFormats;
import org.referraldesk.ui.common.TypedDates;

/**
 * The new-referral form: what the owner types, a message per field for what is missing or wrong,
 * and saving through {@link Referrals#record(NewReferral)}. The form checks what it can see (names
 * present, a time it can read, a number it can read); the service checks the rest (emails, a time
 * in the future, the same person twice) and its message lands on the field it names. Nothing is
 * saved while a message stands.
 */
public final class NewReferralViewModel {
    private static final int MAX_SUGGESTIONS = 8;

    private final Referrals referrals;
    private final EmailIntroductions introductions;
    private final ContactDirectory directory;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final OwnerFormats dueFormat;

    private final StringProperty referrerName = new SimpleStringProperty("");
    private final StringProperty referrerEmail = new SimpleStringProperty("");
    private final StringProperty clientName = new SimpleStringProperty("");
    private final StringProperty clientEmail = new SimpleStringProperty("");
    private final StringProperty clientPhone = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.EMAIL_INTRODUCTION);
    private final StringProperty need = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final BooleanProperty receivedOnUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty receivedAt = new SimpleStringProperty("");
    private final StringProperty estimatedValue = new SimpleStringProperty("");

    /** The service's refusals, by its field names; any edit clears them. */
    private final Map<String, StringProperty> refused = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper referrerNameError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper referrerEmailError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper clientNameError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper clientEmailError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper channelError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper receivedAtError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper estimatedValueError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper();
    private final BooleanBinding valid;

    private final BooleanProperty attempted = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RecordedReferral> recorded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper();

    private final FromEmail fromEmail;
    /** An email read while the form held typed work: the owner is asked before it replaces what they typed. */
    private final ReadOnlyObjectWrapper<Introduction> waitingToReplace = new ReadOnlyObjectWrapper<>();
    /** The day and time as the email filled them in, to tell whether the owner changed them. */
    private List<Object> filledReceived = List.of();

    private volatile Known known = new Known(List.of(), List.of(), List.of(), Set.of());
    private Contact pickedReferrer;
    private List<Object> blank = List.of();
    private Contact pickedClient;

    public NewReferralViewModel(Referrals referrals, EmailIntroductions introductions, ContactDirectory directory,
            BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.referrals = referrals;
        this.introductions = introductions;
        this.fromEmail = new FromEmail(text);
        this.directory = directory;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.dueFormat = new OwnerFormats(text, clock);
        receivedOn.set(LocalDate.now(clock));
        receivedAt.set(TypedDates.showTime(LocalTime.now(clock)));
        blank = typed();

        check(referrerNameError, "referrerName", () -> blank(referrerName) ? message("referrerName") : null,
                referrerName);
        check(referrerEmailError, "referrerEmail", () -> null, referrerEmail);
        check(clientNameError, "clientName", () -> blank(clientName) ? message("clientName") : null, clientName);
        check(clientEmailError, "clientEmail", () -> null, clientEmail);
        check(channelError, "channel", () -> channel.get() == null ? message("channel") : null, channel);
        check(receivedAtError, "receivedAt", this::receivedAtProblem, receivedOn, receivedOnUnreadable, receivedAt);
        check(estimatedValueError, "estimatedValue", this::estimatedValueProblem, estimatedValue);
        valid = Bindings.createBooleanBinding(() -> referrerNameError.get() == null
                && referrerEmailError.get() == null && clientNameError.get() == null && clientEmailError.get() == null
                && channelError.get() == null && receivedAtError.get() == null && estimatedValueError.get() == null,
                referrerNameError, referrerEmailError, clientNameError, clientEmailError, channelError,
                receivedAtError, estimatedValueError);

        for (Observable input : List.of(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel,
                need, receivedOn, receivedOnUnreadable, receivedAt, estimatedValue)) {
            input.addListener(edited -> {
                refused.values().forEach(message -> message.set(null));
                formError.set(null);
            });
        }
        referrerName.addListener((obs, old, name) -> {
            pickedReferrer = forgetIfRenamed(pickedReferrer, name, referrerEmail, null);
        });
        clientName.addListener((obs, old, name) -> {
            pickedClient = forgetIfRenamed(pickedClient, name, clientEmail, clientPhone);
        });
        fromEmail.clientProperty().addListener((obs, old, person) -> {
            if (person != null) {
                pickedClient = null;
                clientName.set(person.name());
                clientEmail.set(person.address() == null ? "" : person.address());
            }
        });
    }

    /**
     * Reads an introduction email in the background (issue 17) and fills the form from it: the
     * referrer from its sender, the client among the others, received at its Date, its need. A form
     * holding typed work is not filled at once: {@link #waitingToReplaceProperty()} asks the owner
     * first. An email the desk refuses (no email, already recorded) leaves the form as it was, with
     * the refusal in the owner's words on {@link #formErrorProperty()}.
     */
    public void readEmail(DroppedEmail email) {
        if (busy.get()) {
            return;
        }
        String name = email.name(text.getString("newReferral.pastedEmail"));
        busy.set(true);
        formError.set(null);
        tasks.run(() -> email.file() != null ? introductions.read(email.file()) : introductions.read(email.source(), name),
                this::emailRead, this::emailRefused);
    }

    private void emailRead(Introduction email) {
        busy.set(false);
        if (hasTyped()) {
            waitingToReplace.set(email);
        } else {
            fill(email);
        }
    }

    private void emailRefused(Throwable failure) {
        busy.set(false);
        formError.set(FailureDialog.message(failure));
    }

    /** The owner chose to replace what they typed with the email waiting. */
    public void replaceWithEmail() {
        Introduction email = waitingToReplace.get();
        waitingToReplace.set(null);
        if (email != null) {
            fill(email);
        }
    }

    /** The owner chose to keep what they typed: the email waiting is dropped. */
    public void keepTyped() {
        waitingToReplace.set(null);
    }

    private void fill(Introduction email) {
        pickedReferrer = null;
        pickedClient = null;
        referrerName.set(email.sender().name());
        referrerEmail.set(email.sender().address() == null ? "" : email.sender().address());
        clientPhone.set("");
        estimatedValue.set("");
        channel.set(Channel.EMAIL_INTRODUCTION);
        ZonedDateTime at = (email.received() == null ? clock.instant() : email.received())
                .atZone(clock.getZone());
        receivedOn.set(at.toLocalDate());
        receivedAt.set(TypedDates.showTime(at.toLocalTime()));
        need.set(email.need() == null ? "" : email.need());
        fromEmail.show(email);
        attempted.set(false);
        refused.values().forEach(message -> message.set(null));
        formError.set(null);
        filledReceived = received();
        blank = typed();
    }

    private List<Object> received() {
        return java.util.Arrays.asList(receivedOn.get(), receivedAt.get());
    }

    /** Reads the known contacts in the background, for {@link #suggestions(String)}. */
    public void loadContacts() {
        tasks.run(() -> {
            List<Contact> all = directory.all();
            List<String> texts = new ArrayList<>(all.size());
            List<String> phones = new ArrayList<>(all.size());
            Set<String> names = new HashSet<>();
            Set<String> shared = new HashSet<>();
            for (Contact contact : all) {
                texts.add(SearchKey.personText(contact.name(), contact.company(), contact.email()));
                phones.add(SearchKey.digitsOf(contact.phone()));
                if (!names.add(SearchKey.fold(contact.name()).strip())) {
                    shared.add(SearchKey.fold(contact.name()).strip());
                }
            }
            return new Known(List.copyOf(all), texts, phones, shared);
        }, read -> known = read, failure -> {
            // Suggestions are a convenience: without them the owner types names, as on an empty desk.
        });
    }

    /**
     * The known contacts that match what the owner has typed, as every search of the desk matches
     * ({@link SearchKey}: case and accents ignored, by name, company, email or phone digits): those
     * whose name starts with it first, then those with a word starting with it, then the rest. Each
     * contact is its own suggestion: two people of the same name are both offered, told apart by
     * what follows the name. Safe to call from any thread (the autocompletion asks from its own).
     */
    public List<Suggestion> suggestions(String typed) {
        SearchKey key = SearchKey.of(typed);
        Known read = known;
        if (key.isEmpty()) {
            return List.of();
        }
        Ranked<Suggestion> found = new Ranked<>(MAX_SUGGESTIONS);
        for (int i = 0; i < read.contacts().size(); i++) {
            int rank = key.rankPerson(read.texts().get(i), read.phones().get(i));
            Contact contact = read.contacts().get(i);
            if (rank != SearchKey.NO_MATCH) {
                found.add(rank, () -> new Suggestion(contact.id(), suggestionText(contact, read)));
            }
        }
        return List.copyOf(found.lines());
    }

    /** The contact's name; for a name another known contact has too, with their company, email or phone after it. */
    private String suggestionText(Contact contact, Known read) {
        if (!read.sharedNames().contains(SearchKey.fold(contact.name()).strip())) {
            return contact.name();
        }
        String detail = contact.company() != null ? contact.company()
                : contact.email() != null ? contact.email() : contact.phone();
        return detail == null ? contact.name()
                : Wording.forOwner(text).format("newReferral.suggestion.detail", contact.name(), detail);
    }

    /** The known contacts with what each is found by (folded once, not at every keystroke), and the names shared by two or more. */
    private record Known(List<Contact> contacts, List<String> texts, List<String> phones, Set<String> sharedNames) {
    }

    /** The owner picked a known contact as the referrer: their name and email fill the form. */
    public void chooseReferrer(Suggestion picked) {
        known(picked).ifPresent(contact -> {
            pickedReferrer = null;
            referrerName.set(contact.name());
            fill(referrerEmail, contact.email());
            pickedReferrer = contact;
        });
    }

    /** The owner picked a known contact as the client: their name, email and phone fill the form. */
    public void chooseClient(Suggestion picked) {
        known(picked).ifPresent(contact -> {
            pickedClient = null;
            clientName.set(contact.name());
            fill(clientEmail, contact.email());
            fill(clientPhone, contact.phone());
            pickedClient = contact;
        });
    }

    /**
     * Saves the referral in the background when the form is valid; otherwise only makes every
     * field's message visible. On success {@link #recordedProperty()} holds the story and its
     * follow-ups; on refusal the message sits on the field the service names.
     */
    public void save() {
        attempted.set(true);
        if (!valid.get() || busy.get() || recorded.get() != null) {
            return;
        }
        NewReferral input = fromEmail.withEdits(new NewReferral(referrerName.get().strip(), optional(referrerEmail),
                clientName.get().strip(), optional(clientEmail), optional(clientPhone), channel.get(),
                optional(need), parseReceivedAt(), parseEstimatedValue()), !received().equals(filledReceived));
        busy.set(true);
        formError.set(null);
        tasks.run(() -> referrals.record(input), this::saved, this::refused);
    }

    /**
     * Empties the form for the next referral after {@link #save()} stored one ("Save and add another"):
     * received now, the usual channel, every message gone; what was saved stays in {@link #savedTextProperty()}.
     */
    public void startAnother() {
        for (StringProperty typed : List.of(referrerName, referrerEmail, clientName, clientEmail, clientPhone, need,
                estimatedValue)) {
            typed.set("");
        }
        pickedReferrer = null;
        pickedClient = null;
        fromEmail.forget();
        waitingToReplace.set(null);
        filledReceived = List.of();
        channel.set(Channel.EMAIL_INTRODUCTION);
        receivedOn.set(LocalDate.now(clock));
        receivedAt.set(TypedDates.showTime(LocalTime.now(clock)));
        attempted.set(false);
        refused.values().forEach(message -> message.set(null));
        formError.set(null);
        recorded.set(null);
        blank = typed();
    }

    /** True once the owner has typed or picked something the form did not start with (ADR 0010). */
    public boolean hasTyped() {
        return recorded.get() == null && !typed().equals(blank);
    }

    private List<Object> typed() {
        return java.util.Arrays.asList(referrerName.get(), referrerEmail.get(), clientName.get(), clientEmail.get(),
                clientPhone.get(), channel.get(), need.get(), receivedOn.get(), receivedOnUnreadable.get(),
                receivedAt.get(), estimatedValue.get());
    }

    private void saved(RecordedReferral result) {
        busy.set(false);
        savedText.set(describe(result.followUps()));
        recorded.set(result);
    }

    private void refused(Throwable failure) {
        busy.set(false);
        StringProperty field = failure instanceof InvalidInput invalid && invalid.field() != null
                ? refused.get("client".equals(invalid.field()) ? "clientName" : invalid.field()) : null;
        if (field != null) {
            field.set(FailureDialog.message(failure));
        } else {
            formError.set(FailureDialog.message(failure));
        }
    }

    /** "Saved. Follow-ups created:" and one line per follow-up with when it is due. */
    private String describe(List<FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return text.getString("newReferral.savedNothingDue");
        }
        StringBuilder out = new StringBuilder(text.getString("newReferral.saved"));
        for (FollowUp followUp : followUps) {
            out.append('\n').append(Wording.forOwner(text).format("newReferral.savedFollowUp",
                    followUpLabel(followUp), dueFormat.dateTime(followUp.dueAt())));
        }
        return out.toString();
    }

    private String followUpLabel(FollowUp followUp) {
        return Labels.forOwner().of(followUp.kind());
    }

    /** How a channel reads in the form: "Email introduction". */
    public String label(Channel value) {
        return Labels.forOwner().of(value);
    }

    /** Nothing (now), or a day and a time of day the form can read. */
    private String receivedAtProblem() {
        if (receivedOn.get() == null && !receivedOnUnreadable.get() && blank(receivedAt)) {
            return null;
        }
        if (receivedOnUnreadable.get()) {
            return TypedDates.unreadableDay(text);
        }
        if (receivedOn.get() == null) {
            return message("receivedAtDay");
        }
        try {
            TypedDates.readTime(receivedAt.get(), locale());
            return null;
        } catch (RuntimeException notATime) {
            return Wording.forOwner(text).format("newReferral.error.receivedAtTime",
                    TypedDates.showTime(LocalTime.now(clock)));
        }
    }

    private String estimatedValueProblem() {
        if (blank(estimatedValue)) {
            return null;
        }
        try {
            return Amounts.read(estimatedValue.get(), locale()).signum() < 0 ? message("estimatedValue.negative") : null;
        } catch (NumberFormatException notAnAmount) {
            return message("estimatedValue");
        }
    }

    /** Both blank means "now" to the service. */
    private Instant parseReceivedAt() {
        if (receivedOn.get() == null && blank(receivedAt)) {
            return null;
        }
        LocalTime time = TypedDates.readTime(receivedAt.get(), locale());
        return receivedOn.get().atTime(time).atZone(clock.getZone()).toInstant();
    }

    private BigDecimal parseEstimatedValue() {
        return blank(estimatedValue) ? null : Amounts.read(estimatedValue.get(), locale());
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** Binds {@code error} to the service's refusal for {@code field}, else to the form's own check. */
    private void check(ReadOnlyStringWrapper error, String field, Callable<String> local, Observable... inputs) {
        StringProperty refusal = new SimpleStringProperty();
        refused.put(field, refusal);
        List<Observable> on = new ArrayList<>(List.of(inputs));
        on.add(refusal);
        error.bind(Bindings.createStringBinding(() -> refusal.get() != null ? refusal.get() : local.call(),
                on.toArray(Observable[]::new)));
    }

    /** The contact a suggestion stands for, by its id (never another of the same name); empty when no longer known. */
    private Optional<Contact> known(Suggestion picked) {
        if (picked == null) {
            return Optional.empty();
        }
        return known.contacts().stream().filter(contact -> contact.id() == picked.contactId()).findFirst();
    }

    /**
     * Once the owner changes a picked contact's name, the email (and phone) that came with the pick
     * go too, so a new person is not saved under someone else's address.
     */
    private static Contact forgetIfRenamed(Contact picked, String name, StringProperty email, StringProperty phone) {
        if (picked == null || (name != null && picked.name().equalsIgnoreCase(name.strip()))) {
            return picked;
        }
        if (picked.email() != null && picked.email().equals(email.get())) {
            email.set("");
        }
        if (phone != null && picked.phone() != null && picked.phone().equals(phone.get())) {
            phone.set("");
        }
        return null;
    }

    private static void fill(StringProperty field, String value) {
        if (value != null) {
            field.set(value);
        }
    }

    private String message(String field) {
        return text.getString("newReferral.error." + field);
    }

    private static boolean blank(StringProperty value) {
        return value.get() == null || value.get().isBlank();
    }

    private static String optional(StringProperty value) {
        return InvalidInput.optionalText(value.get());
    }

    public StringProperty referrerNameProperty() {
        return referrerName;
    }

    public StringProperty referrerEmailProperty() {
        return referrerEmail;
    }

    public StringProperty clientNameProperty() {
        return clientName;
    }

    public StringProperty clientEmailProperty() {
        return clientEmail;
    }

    public StringProperty clientPhoneProperty() {
        return clientPhone;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty needProperty() {
        return need;
    }

    /** The day the referral arrived, in the owner's time zone; with the time blank too, it arrived now. */
    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    /** True while the day field holds text that is no day (the view's {@code DateField} says so). */
    public BooleanProperty receivedOnUnreadableProperty() {
        return receivedOnUnreadable;
    }

    /** The time of day it arrived, hours and minutes ("14:30"); with the day blank too, it arrived now. */
    public StringProperty receivedAtProperty() {
        return receivedAt;
    }

    public StringProperty estimatedValueProperty() {
        return estimatedValue;
    }

    public ReadOnlyStringProperty referrerNameErrorProperty() {
        return referrerNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referrerEmailErrorProperty() {
        return referrerEmailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientNameErrorProperty() {
        return clientNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientEmailErrorProperty() {
        return clientEmailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty channelErrorProperty() {
        return channelError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedAtErrorProperty() {
        return receivedAtError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty estimatedValueErrorProperty() {
        return estimatedValueError.getReadOnlyProperty();
    }

    /** A refusal that belongs to no single field, or a failure of the desk itself. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** True while no field has a message: the form can be saved. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Where the form came from, the candidate clients and the chosen one; empty for a typed referral. */
    FromEmail fromEmail() {
        return fromEmail;
    }

    /** An email read while the form held typed work, until the owner says whether it replaces it; null else. */
    public ReadOnlyObjectProperty<Introduction> waitingToReplaceProperty() {
        return waitingToReplace.getReadOnlyProperty();
    }

    /** True once the owner tried to save: from then on every field shows its message. */
    public ReadOnlyBooleanProperty attemptedProperty() {
        return attempted;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The saved story and the follow-ups the playbook created for it; null until saved. */
    public ReadOnlyObjectProperty<RecordedReferral> recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    /** "Saved. Follow-ups created:" with one line per follow-up; null until saved. */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }
}
