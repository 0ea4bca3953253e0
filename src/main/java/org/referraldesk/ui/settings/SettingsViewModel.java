package org.referraldesk.ui.settings;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Amounts;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.domain.Currencies;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The owner's settings: the names messages are signed with, and the playbook's switches, gift
 * percentage, check-in cadence and VIP month. Each problem is shown on its own field; nothing is
 * saved until every field is right.
 */
public final class SettingsViewModel {
    public static final String BUSINESS = "business";
    public static final String OWNER = "owner";
    public static final String GIFT_PERCENT = "giftPercent";
    public static final String CADENCE = "defaultCheckInCadenceDays";
    public static final String CURRENCY = "currency";
    public static final String WHAT_WE_DO = "whatWeDo";
    /** The owner's own email addresses, comma-separated: never taken for the client of an introduction email. */
    public static final String OWNER_EMAILS = "ownerEmails";

    private final OwnerSettings settings;
    private final BusinessSettings businessSettings;
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty whatWeDo = new SimpleStringProperty("");
    private final BackgroundTasks tasks;
    private final ResourceBundle text;

    private final StringProperty business = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty ownerEmails = new SimpleStringProperty("");
    private final StringProperty giftPercent = new SimpleStringProperty("");
    private final StringProperty cadenceDays = new SimpleStringProperty("");
    private final ObjectProperty<Month> vipMonth = new SimpleObjectProperty<>(Month.DECEMBER);
    private final BooleanProperty handwrittenCards = new SimpleBooleanProperty();
    private final BooleanProperty publicThanks = new SimpleBooleanProperty();
    private final BooleanProperty gifts = new SimpleBooleanProperty();
    private final BooleanProperty clientCallbacks = new SimpleBooleanProperty();
    private final BooleanProperty vipInvites = new SimpleBooleanProperty();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Month> months = FXCollections.observableArrayList(Month.values());

    private List<Object> shown = List.of();
    private Stored stored = new Stored(OwnerNames.defaults(), PlaybookSettings.defaults(), "EUR", "", "");

    /** The owner's names, the playbook's switches, the currency and the line on what the business does. */
    public SettingsViewModel(OwnerSettings settings, BusinessSettings businessSettings, BackgroundTasks tasks,
            ResourceBundle text) {
        this.settings = settings;
        this.businessSettings = businessSettings;
        this.tasks = tasks;
        this.text = text;
        for (String field : new String[] {BUSINESS, OWNER, GIFT_PERCENT, CADENCE, CURRENCY, WHAT_WE_DO,
            OWNER_EMAILS}) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        clearOnEdit(currency, CURRENCY);
        clearOnEdit(whatWeDo, WHAT_WE_DO);
        clearOnEdit(business, BUSINESS);
        clearOnEdit(owner, OWNER);
        clearOnEdit(ownerEmails, OWNER_EMAILS);
        clearOnEdit(giftPercent, GIFT_PERCENT);
        clearOnEdit(cadenceDays, CADENCE);
    }

    /** Reads the stored settings, off the FX thread. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Stored(settings.names(), settings.playbook(),
                businessSettings.currency().getCurrencyCode(),
                businessSettings.whatWeDo(), String.join(", ", settings.ownerEmails())), this::show, this::failed);
    }

    /** Puts every field back as it was last saved. */
    public void revert() {
        show(stored);
    }

    /**
     * Checks every field and, when all are right, saves them in the background. Returns false (and
     * saves nothing) when a field has a problem; its message is on {@link #errorProperty(String)}.
     */
    public boolean save() {
        return save(() -> { });
    }

    /** As {@link #save()}; {@code then} runs on the FX thread once everything is stored. */
    public boolean save(Runnable then) {
        errors.values().forEach(e -> e.set(""));
        status.set("");
        OwnerNames names = stored.names();
        PlaybookSettings base = stored.playbook();
        checked(BUSINESS, () -> new OwnerNames(business.get(), names.owner()));
        checked(OWNER, () -> new OwnerNames(names.business(), owner.get()));
        BigDecimal gift = percent(giftPercent.get());
        Integer cadence = days(cadenceDays.get());
        if (gift != null) {
            checked(GIFT_PERCENT, () -> playbook(base, gift, base.defaultCheckInCadenceDays()));
        }
        if (cadence != null) {
            checked(CADENCE, () -> playbook(base, base.giftPercent(), cadence));
        }
        checked(CURRENCY, () -> Currencies.parse(CURRENCY, currency.get()));
        String what = whatWeDo.get() == null ? "" : whatWeDo.get().strip();
        if (what.length() > BusinessSettings.MAX_WHAT_WE_DO) {
            errors.get(WHAT_WE_DO).set(Wording.forOwner(text).format("settings.whatWeDoTooLong",
                    BusinessSettings.MAX_WHAT_WE_DO));
        }
        if (errors.values().stream().anyMatch(e -> !e.get().isEmpty())) {
            return false;
        }
        String code = Currencies.parse(CURRENCY, currency.get()).getCurrencyCode();
        Stored edited = new Stored(new OwnerNames(business.get(), owner.get()), playbook(base, gift, cadence), code,
                what, ownerEmails.get());
        busy.set(true);
        tasks.run(() -> {
            settings.saveOwnerEmails(edited.ownerEmails()); // first: a bad address refuses before anything changes
            settings.saveNames(edited.names());
            settings.savePlaybook(edited.playbook());
            businessSettings.saveCurrency(edited.currency());
            businessSettings.saveWhatWeDo(edited.whatWeDo());
            return new Stored(edited.names(), edited.playbook(), edited.currency(), edited.whatWeDo(),
                    String.join(", ", settings.ownerEmails()));
        }, saved -> {
            show(saved);
            status.set(text.getString("settings.saved"));
            then.run();
        }, this::refused);
        return true;
    }

    /** "December": a month as the owner reads it. */
    public String monthName(Month month) {
        return month == null ? "" : month.getDisplayName(TextStyle.FULL, Locale.getDefault(Locale.Category.FORMAT));
    }

    private void show(Stored values) {
        stored = values;
        business.set(values.names().business());
        owner.set(values.names().owner());
        PlaybookSettings p = values.playbook();
        giftPercent.set(p.giftPercent().stripTrailingZeros().toPlainString());
        cadenceDays.set(Integer.toString(p.defaultCheckInCadenceDays()));
        vipMonth.set(p.vipMonth());
        handwrittenCards.set(p.handwrittenCards());
        publicThanks.set(p.publicThanks());
        gifts.set(p.gifts());
        clientCallbacks.set(p.clientCallbacks());
        vipInvites.set(p.annualVipInvites());
        currency.set(values.currency());
        whatWeDo.set(values.whatWeDo());
        ownerEmails.set(values.ownerEmails());
        errors.values().forEach(e -> e.set(""));
        status.set("");
        busy.set(false);
        loaded.set(true);
        shown = onScreen();
    }

    /** True once a field differs from what was last read or saved (ADR 0010: leaving asks). */
    public boolean hasUnsavedEdits() {
        return loaded.get() && !onScreen().equals(shown);
    }

    private List<Object> onScreen() {
        return Arrays.asList(business.get(), owner.get(), giftPercent.get(), cadenceDays.get(), vipMonth.get(),
                handwrittenCards.get(), publicThanks.get(), gifts.get(), clientCallbacks.get(), vipInvites.get(),
                currency.get(), whatWeDo.get(), ownerEmails.get());
    }

    /** The stored playbook with this screen's switches, month, gift percentage and cadence. */
    private PlaybookSettings playbook(PlaybookSettings b, BigDecimal gift, int cadence) {
        return new PlaybookSettings(b.respondToClient(), b.thankReferrer(), handwrittenCards.get(), b.handwrittenCard(),
                b.middleActUpdate(), b.endUpdate(), publicThanks.get(), b.publicThanksAfter(), gifts.get(),
                b.giftAfter(), gift, b.explainNotAFit(), clientCallbacks.get(), b.clientCallback(), vipInvites.get(),
                vipMonth.get() == null ? b.vipMonth() : vipMonth.get(), cadence);
    }

    /** Runs a check; a refusal goes on the field it names (or on {@code field}). */
    private void checked(String field, Runnable check) {
        try {
            check.run();
        } catch (InvalidInput refused) {
            String on = refused.field() != null && errors.containsKey(refused.field()) ? refused.field() : field;
            errors.get(on).set(refused.ownersMessage());
        }
    }

    /** "12", "12.5" ("12,5" in Germany) or "12 %", read as amounts are; null (with the message on the field) else. */
    private BigDecimal percent(String typed) {
        try {
            return Amounts.read(String.valueOf(typed).replace("%", ""), Locale.getDefault(Locale.Category.FORMAT));
        } catch (NumberFormatException e) {
            errors.get(GIFT_PERCENT).set(text.getString("settings.giftNotANumber"));
            return null;
        }
    }

    private Integer days(String typed) {
        try {
            return Integer.valueOf(String.valueOf(typed).strip());
        } catch (NumberFormatException e) {
            errors.get(CADENCE).set(text.getString("settings.cadenceNotANumber"));
            return null;
        }
    }

    private void clearOnEdit(StringProperty property, String field) {
        property.addListener((obs, old, now) -> errors.get(field).set(""));
    }

    /** A refusal of the service lands on the field it names (a bad address of the owner's); anything else is a failure. */
    private void refused(Throwable failure) {
        if (failure instanceof InvalidInput refusal && refusal.field() != null && errors.containsKey(refusal.field())) {
            busy.set(false);
            errors.get(refusal.field()).set(refusal.ownersMessage());
        } else {
            failed(failure);
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    public StringProperty businessProperty() {
        return business;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    /** The owner's own addresses, "maya@plumbing.example, maya@gmail.example". */
    public StringProperty ownerEmailsProperty() {
        return ownerEmails;
    }

    public StringProperty giftPercentProperty() {
        return giftPercent;
    }

    public StringProperty cadenceDaysProperty() {
        return cadenceDays;
    }

    public ObjectProperty<Month> vipMonthProperty() {
        return vipMonth;
    }

    public BooleanProperty handwrittenCardsProperty() {
        return handwrittenCards;
    }

    public BooleanProperty publicThanksProperty() {
        return publicThanks;
    }

    public BooleanProperty giftsProperty() {
        return gifts;
    }

    public BooleanProperty clientCallbacksProperty() {
        return clientCallbacks;
    }

    public BooleanProperty vipInvitesProperty() {
        return vipInvites;
    }

    public ObservableList<Month> months() {
        return months;
    }

    /** The problem with a field (BUSINESS, OWNER, GIFT_PERCENT, CADENCE), or "". */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The currency's ISO 4217 code, e.g. EUR; amounts are shown with it. */
    public StringProperty currencyProperty() {
        return currency;
    }

    /** What the business does, for the not-a-fit message's {what_we_do}. */
    public StringProperty whatWeDoProperty() {
        return whatWeDo;
    }

    private record Stored(OwnerNames names, PlaybookSettings playbook, String currency, String whatWeDo,
            String ownerEmails) {
    }
}
