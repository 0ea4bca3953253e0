package org.referraldesk.ui.thanks;

import org.referraldesk.domain.Amounts;
import org.referraldesk.domain.Wording;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Gift;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.service.GiftDraft;
import org.referraldesk.service.GiftDraft.StoryChoice;
import org.referraldesk.service.GiftEntry;
import org.referraldesk.service.Gifts;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * The "Log gift" dialog: what the gift was, what it cost, the day, and which story it thanks for.
 * From a GIFT follow-up it starts with that story and its budget as the amount; logging it completes
 * the follow-up and counts as a touch.
 */
public final class LogGiftViewModel {
    public static final String WHAT = "description";
    public static final String AMOUNT = "amount";
    public static final String DATE = "givenOn";

    private final Gifts gifts;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final FormFields form;
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty giftNotes = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final ObjectProperty<StoryChoice> story = new SimpleObjectProperty<>();
    private final ObservableList<StoryChoice> stories = FXCollections.observableArrayList();
    private GiftDraft draft;

    public LogGiftViewModel(Gifts gifts, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.gifts = gifts;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.form = new FormFields(tasks, text, List.of(WHAT, AMOUNT, DATE));
    }

    /** Starts from a GIFT follow-up: its partner, story and budget. */
    public void startFromFollowUp(long followUpId) {
        tasks.run(() -> gifts.draftFromFollowUp(followUpId), this::fill);
    }

    /** Starts from a partner's page: no story chosen, no budget. */
    public void startForPartner(long partnerId) {
        tasks.run(() -> gifts.draftFor(partnerId), this::fill);
    }

    void fill(GiftDraft loaded) {
        draft = loaded;
        header.set(Wording.forOwner(text).format("gift.header", loaded.partnerName()));
        currency.set(loaded.currency().getCurrencyCode());
        budget.set(loaded.budget() == null ? "" : Wording.forOwner(text).format("gift.budget",
                OwnerFormats.money(loaded.budget(), loaded.currency())));
        giftNotes.set(loaded.giftNotes() == null ? "" : Wording.forOwner(text).format("gift.notes", loaded.giftNotes()));
        StoryChoice none = new StoryChoice(0, text.getString("gift.story.none"));
        stories.setAll(none);
        stories.addAll(loaded.stories());
        story.set(loaded.stories().stream().filter(s -> loaded.referralId() != null
                && s.referralId() == loaded.referralId()).findFirst().orElse(none));
        form.field(WHAT).set("");
        form.field(AMOUNT).set(loaded.budget() == null ? ""
                : Amounts.write(loaded.budget(), Locale.getDefault(Locale.Category.FORMAT)));
        form.day(DATE).set(LocalDate.now(clock));
        if (!loaded.giftsAllowed()) {
            form.show(new InvalidInput(Wording.forOwner(text).format("gift.notAllowed", loaded.partnerName())));
        }
        ready.set(true);
    }

    /** Checks the fields here (a number, a date) and logs the gift; {@code onLogged} gets it once stored. */
    public void log(java.util.function.Consumer<Gift> onLogged) {
        if (draft == null) {
            return;
        }
        GiftDraft from = draft;
        form.submit(() -> {
            BigDecimal amount = amount();
            LocalDate day = form.date(DATE);
            StoryChoice chosen = story.get();
            Long referralId = chosen == null || chosen.referralId() == 0 ? null : chosen.referralId();
            Long followUpId = from.followUpId() != null && referralId != null && referralId.equals(from.referralId())
                    ? from.followUpId() : null;
            GiftEntry entry = new GiftEntry(from.partnerId(), referralId, followUpId, form.text(WHAT), amount, day);
            Callable<Gift> work = () -> gifts.log(entry);
            return work;
        }, onLogged);
    }

    /** The amount as typed, in the owner's locale; the currency shown beside it may be typed too. */
    private BigDecimal amount() {
        String typed = form.text(AMOUNT);
        if (typed == null) {
            throw new InvalidInput(AMOUNT, text.getString("gift.amount.missing"));
        }
        try {
            return Amounts.read(typed.replace(currency.get(), ""), Locale.getDefault(Locale.Category.FORMAT));
        } catch (NumberFormatException notAnAmount) {
            throw new InvalidInput(AMOUNT, text.getString("gift.amount.bad"));
        }
    }

    public FormFields form() {
        return form;
    }

    /** "A gift for Anna Keller". */
    public ReadOnlyStringProperty headerProperty() {
        return header;
    }

    /** "Suggested budget: 200.00 EUR"; empty without a budget. */
    public ReadOnlyStringProperty budgetProperty() {
        return budget;
    }

    /** "Their gift notes: likes a good vodka"; empty without notes. */
    public ReadOnlyStringProperty giftNotesProperty() {
        return giftNotes;
    }

    /** The currency code shown beside the amount. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency;
    }

    /** The draft has been read (the dialog can be filled in). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public ObjectProperty<StoryChoice> storyProperty() {
        return story;
    }

    public ObservableList<StoryChoice> stories() {
        return stories;
    }
}
