package org.referraldesk.ui.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.PartnerProfile;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.service.Partners;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * One partner: their numbers, their contact details and settings (edited in a form, saved together
 * or not at all), their stories and their touches, and logging a new touch, which restarts the
 * check-in clock.
 */
public final class PartnerViewModel {
    private final Partners partners;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final PartnerFormats formats;
    private final LogTouchForm touchForm;

    private long partnerId;
    private boolean filling;

    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty hero = new SimpleBooleanProperty(false);
    private final BooleanProperty checkInOverdue = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty sentText = new SimpleStringProperty("");
    private final StringProperty wonText = new SimpleStringProperty("");
    private final StringProperty revenueText = new SimpleStringProperty("");
    private final StringProperty profitText = new SimpleStringProperty("");
    private final StringProperty lastTouchText = new SimpleStringProperty("");
    private final StringProperty nextCheckInText = new SimpleStringProperty("");

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty cadence = new SimpleStringProperty("");
    private final BooleanProperty giftsAllowed = new SimpleBooleanProperty(true);
    private final BooleanProperty publicThanksAllowed = new SimpleBooleanProperty(true);
    private final BooleanProperty heroByHand = new SimpleBooleanProperty(false);
    private final StringProperty giftNotes = new SimpleStringProperty("");

    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty emailError = new SimpleStringProperty("");
    private final StringProperty cadenceError = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final StringProperty savedMessage = new SimpleStringProperty("");

    private final ObservableList<ReferralSummary> stories = FXCollections.observableArrayList();
    private final ObservableList<Touch> touches = FXCollections.observableArrayList();

    private final PartnerThanks thanks;

    /** A partner's page: their details and settings, stories, touches, thanks and two-way ledger. */
    public PartnerViewModel(Partners partners, org.referraldesk.service.Gifts gifts,
            org.referraldesk.service.ReferralsGiven given, org.referraldesk.service.BusinessSettings business,
            BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.thanks = new PartnerThanks(gifts, given, business, tasks, clock, text);
        this.partners = partners;
        this.tasks = tasks;
        this.clock = clock;
        this.formats = new PartnerFormats(text, clock);
        this.touchForm = new LogTouchForm(clock, text, tasks);
        clearsOnEdit(name, nameError);
        clearsOnEdit(email, emailError);
        clearsOnEdit(cadence, cadenceError);
        for (StringProperty field : List.of(company, phone, address, notes, giftNotes)) {
            clearsOnEdit(field, formError);
        }
        giftsAllowed.addListener((obs, old, now) -> edited());
        publicThanksAllowed.addListener((obs, old, now) -> edited());
        heroByHand.addListener((obs, old, now) -> edited());
    }

    private void clearsOnEdit(StringProperty field, StringProperty error) {
        field.addListener((obs, old, now) -> {
            if (!filling) {
                error.set("");
                edited();
            }
        });
    }

    private void edited() {
        if (!filling) {
            dirty.set(true);
            savedMessage.set("");
        }
    }

    /** Reads the partner's profile, off the FX thread, and fills the view and the form. */
    public void show(long id) {
        partnerId = id;
        busy.set(true);
        tasks.run(() -> partners.profile(id), profile -> {
            busy.set(false);
            fill(profile, true);
        }, this::failed);
        loadThanks();
    }

    /** Reads the profile and the thanks again after a dialog changed them (keeps unsaved edits in the form). */
    public void refresh() {
        long id = partnerId;
        tasks.run(() -> partners.profile(id), profile -> fill(profile, false), this::failed);
        loadThanks();
    }

    private void loadThanks() {
        thanks.load(partnerId);
    }

    /** This year's gifts and the two-way ledger. */
    public PartnerThanks thanks() {
        return thanks;
    }

    /**
     * Saves the contact details and the settings together. Input the form can check itself (a blank
     * name, a cadence that is no number or out of range) is shown on its field at once and nothing
     * is sent; what the service refuses (a bad email) comes back to its field; nothing is saved then.
     */
    public void save() {
        save(() -> { });
    }

    /** As {@link #save()}; {@code saved} runs on the FX thread once stored (not when input is refused). */
    public void save(Runnable saved) {
        clearErrors();
        Contact contact = null;
        PartnerSettings settings = null;
        try {
            contact = new Contact(partnerId, name.get(), company.get(), email.get(), phone.get(), address.get(),
                    notes.get());
        } catch (InvalidInput refused) {
            showError(refused);
        }
        try {
            settings = new PartnerSettings(partnerId, cadenceDays(), giftsAllowed.get(), publicThanksAllowed.get(),
                    giftNotes.get(), heroByHand.get());
        } catch (InvalidInput refused) {
            showError(refused);
        }
        if (contact == null || settings == null) {
            return;
        }
        Contact details = contact;
        PartnerSettings care = settings;
        busy.set(true);
        tasks.run(() -> partners.save(details, care), profile -> {
            busy.set(false);
            fill(profile, true);
            savedMessage.set(formats.text("partner.saved"));
            saved.run();
        }, this::failed);
    }

    private int cadenceDays() {
        String typed = cadence.get() == null ? "" : cadence.get().strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new InvalidInput("checkInCadenceDays", formats.text("partner.cadence.notANumber"));
        }
    }

    /** Logs the touch in the form; on success the profile (and its next check-in) is read again. */
    public void logTouch(Runnable onLogged) {
        long id = partnerId;
        touchForm.fields().submit(() -> {
            Instant at = touchForm.at();
            TouchKind kind = touchForm.kindProperty().get();
            String note = touchForm.noteProperty().get();
            return () -> {
                partners.logTouch(id, kind, at, note);
                return partners.profile(id);
            };
        }, profile -> {
            fill(profile, false);
            onLogged.run();
        });
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof InvalidInput refused && loaded.get()) {
            showError(refused);
        } else {
            tasks.report(failure);
        }
    }

    private void showError(InvalidInput refused) {
        String field = refused.field() == null ? "" : refused.field();
        switch (field) {
            case "name" -> nameError.set(refused.ownersMessage());
            case "email" -> emailError.set(refused.ownersMessage());
            case "checkInCadenceDays" -> cadenceError.set(refused.ownersMessage());
            default -> formError.set(refused.ownersMessage());
        }
    }

    private void clearErrors() {
        nameError.set("");
        emailError.set("");
        cadenceError.set("");
        formError.set("");
        savedMessage.set("");
    }

    /** Shows a freshly read profile; the form only when asked to or when it holds no unsaved edits. */
    private void fill(PartnerProfile profile, boolean resetForm) {
        PartnerSummary summary = profile.summary();
        title.set(profile.contact().name());
        subtitle.set(text(profile.contact().company()));
        hero.set(summary.isHero());
        sentText.set(Integer.toString(summary.referralsSent()));
        wonText.set(Integer.toString(summary.won()));
        revenueText.set(formats.money(summary.revenue()));
        profitText.set(formats.money(summary.profit()));
        lastTouchText.set(formats.date(summary.lastTouchAt()));
        nextCheckInText.set(formats.date(summary.nextCheckInAt()));
        checkInOverdue.set(summary.isCheckInOverdueAt(clock.instant()));
        stories.setAll(profile.stories());
        touches.setAll(profile.touches());
        if (resetForm || !dirty.get()) {
            fillForm(profile);
        }
        loaded.set(true);
    }

    private void fillForm(PartnerProfile profile) {
        filling = true;
        try {
            Contact contact = profile.contact();
            name.set(contact.name());
            company.set(text(contact.company()));
            email.set(text(contact.email()));
            phone.set(text(contact.phone()));
            address.set(text(contact.address()));
            notes.set(text(contact.notes()));
            PartnerSettings settings = profile.settings();
            cadence.set(Integer.toString(settings.checkInCadenceDays()));
            giftsAllowed.set(settings.giftsAllowed());
            publicThanksAllowed.set(settings.publicThanksAllowed());
            heroByHand.set(settings.heroByHand());
            giftNotes.set(text(settings.giftNotes()));
            dirty.set(false);
        } finally {
            filling = false;
        }
        clearErrors();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public long partnerId() {
        return partnerId;
    }

    public String touchTitle(Touch touch) {
        return formats.touchKind(touch.kind()) + " · " + formats.dateTime(touch.at());
    }

    public String touchKindLabel(TouchKind kind) {
        return formats.touchKind(kind);
    }

    public String actAndStage(ReferralSummary story) {
        return formats.actAndStage(story);
    }

    public String formatDate(Instant instant) {
        return formats.date(instant);
    }

    public LogTouchForm touchForm() {
        return touchForm;
    }

    public ObservableList<ReferralSummary> stories() {
        return stories;
    }

    /** Newest first. */
    public ObservableList<Touch> touches() {
        return touches;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The form holds edits not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty heroProperty() {
        return hero;
    }

    public ReadOnlyBooleanProperty checkInOverdueProperty() {
        return checkInOverdue;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle;
    }

    public ReadOnlyStringProperty sentTextProperty() {
        return sentText;
    }

    public ReadOnlyStringProperty wonTextProperty() {
        return wonText;
    }

    public ReadOnlyStringProperty revenueTextProperty() {
        return revenueText;
    }

    public ReadOnlyStringProperty profitTextProperty() {
        return profitText;
    }

    public ReadOnlyStringProperty lastTouchTextProperty() {
        return lastTouchText;
    }

    public ReadOnlyStringProperty nextCheckInTextProperty() {
        return nextCheckInText;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The check-in cadence in days, as typed. */
    public StringProperty cadenceProperty() {
        return cadence;
    }

    public BooleanProperty giftsAllowedProperty() {
        return giftsAllowed;
    }

    public BooleanProperty publicThanksAllowedProperty() {
        return publicThanksAllowed;
    }

    /** Marked a Hero by hand (one with a won story is a Hero anyway); saved with the settings. */
    public BooleanProperty heroByHandProperty() {
        return heroByHand;
    }

    public StringProperty giftNotesProperty() {
        return giftNotes;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError;
    }

    public ReadOnlyStringProperty cadenceErrorProperty() {
        return cadenceError;
    }

    /** A refusal that belongs to no one field. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyStringProperty savedMessageProperty() {
        return savedMessage;
    }
}
