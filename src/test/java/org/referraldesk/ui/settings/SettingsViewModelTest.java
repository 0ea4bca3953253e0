package org.referraldesk.ui.settings;

import org.referraldesk.service.BusinessSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;

class SettingsViewModelTest {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.settings.messages");
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private OwnerSettings settings;
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        settings = new OwnerSettings(store);
        model = loaded();
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    private SettingsViewModel loaded() {
        SettingsViewModel fresh = new SettingsViewModel(settings, new BusinessSettings(store),
                new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text);
        fresh.load();
        return fresh;
    }

    @Test
    void aNewDeskShowsTheDefaultPlaybookAndNames() {
        assertEquals("", model.businessProperty().get(), "unset until the owner gives it");
        assertEquals("", model.ownerProperty().get());
        assertEquals("10", model.giftPercentProperty().get());
        assertEquals("182", model.cadenceDaysProperty().get());
        assertEquals(Month.DECEMBER, model.vipMonthProperty().get());
        assertTrue(model.handwrittenCardsProperty().get() && model.publicThanksProperty().get()
                && model.giftsProperty().get() && model.clientCallbacksProperty().get() && model.vipInvitesProperty().get());
        assertTrue(model.loadedProperty().get());
        assertEquals(12, model.months().size());
    }

    @Test
    void aGiftOfTwentyPercentIsRefusedOnTheFieldAndNothingIsSaved() {
        model.giftPercentProperty().set("20");
        model.businessProperty().set("Bristol IT Care");
        assertFalse(model.save());
        assertEquals("The gift percentage must be between 5 and 15 %.",
                model.errorProperty(SettingsViewModel.GIFT_PERCENT).get());
        assertEquals("", model.errorProperty(SettingsViewModel.BUSINESS).get());
        assertEquals(PlaybookSettings.defaults(), settings.playbook());
        assertEquals(OwnerNames.defaults(), settings.names(), "nothing at all is saved");
        model.giftPercentProperty().set("15");
        assertEquals("", model.errorProperty(SettingsViewModel.GIFT_PERCENT).get(), "typing clears the message");
    }

    @Test
    void twelvePercentIsSavedAndReadBack() {
        model.giftPercentProperty().set(" 12 ");
        assertTrue(model.save());
        assertEquals("Saved. New follow-ups use these settings.", model.statusProperty().get());
        assertEquals(new BigDecimal("12"), settings.playbook().giftPercent());
        assertEquals("12", loaded().giftPercentProperty().get());
    }

    @Test
    void aPercentageMayBeTypedWithACommaOrAPercentSign() {
        model.giftPercentProperty().set("7,5 %");
        assertTrue(model.save());
        assertEquals(new BigDecimal("7.5"), settings.playbook().giftPercent());
        assertEquals("7.5", loaded().giftPercentProperty().get());
    }

    @Test
    void everyFieldIsSavedAndReadBack() {
        model.businessProperty().set("  Bristol IT Care ");
        model.ownerProperty().set("Sam Cole");
        model.cadenceDaysProperty().set("90");
        model.vipMonthProperty().set(Month.JUNE);
        model.handwrittenCardsProperty().set(false);
        model.publicThanksProperty().set(false);
        model.clientCallbacksProperty().set(false);
        assertTrue(model.save());
        assertEquals(new OwnerNames("Bristol IT Care", "Sam Cole"), settings.names());
        PlaybookSettings saved = settings.playbook();
        assertEquals(List.of(90, Month.JUNE, false, false, true, false, true),
                List.of(saved.defaultCheckInCadenceDays(), saved.vipMonth(), saved.handwrittenCards(),
                        saved.publicThanks(), saved.gifts(), saved.clientCallbacks(), saved.annualVipInvites()));
        assertEquals(PlaybookSettings.defaults().respondToClient(), saved.respondToClient(), "offsets kept");
        SettingsViewModel again = loaded();
        assertEquals("Bristol IT Care", again.businessProperty().get());
        assertEquals(Month.JUNE, again.vipMonthProperty().get());
        assertFalse(again.handwrittenCardsProperty().get());
    }

    @Test
    void everyFieldWithAProblemShowsItsOwnMessage() {
        model.businessProperty().set("B".repeat(201));
        model.ownerProperty().set("S".repeat(201));
        model.giftPercentProperty().set("ten");
        model.cadenceDaysProperty().set("0");
        assertFalse(model.save());
        assertEquals("Your business's name must be at most 200 characters.",
                model.errorProperty(SettingsViewModel.BUSINESS).get());
        assertEquals("Your name must be at most 200 characters.", model.errorProperty(SettingsViewModel.OWNER).get());
        assertEquals("The gift percentage must be a number between 5 and 15.",
                model.errorProperty(SettingsViewModel.GIFT_PERCENT).get());
        assertEquals("The check-in cadence must be between 1 and 3660 days.",
                model.errorProperty(SettingsViewModel.CADENCE).get());
        model.cadenceDaysProperty().set("two weeks");
        assertFalse(model.save());
        assertEquals("The check-in cadence must be a whole number of days.",
                model.errorProperty(SettingsViewModel.CADENCE).get());
        assertEquals(PlaybookSettings.defaults(), settings.playbook());
    }

    @Test
    void revertPutsEveryFieldBackAsSaved() {
        model.giftPercentProperty().set("20");
        model.save();
        model.vipInvitesProperty().set(false);
        model.revert();
        assertEquals("10", model.giftPercentProperty().get());
        assertTrue(model.vipInvitesProperty().get());
        assertEquals("", model.errorProperty(SettingsViewModel.GIFT_PERCENT).get());
    }

    @Test
    void theOwnersOwnAddressesAreSavedEachOnceAndReadBack() {
        model.ownerEmailsProperty().set(" maya@lindqvist-plumbing.example ,Maya.Lindqvist@gmail.example, "
                + "MAYA@lindqvist-plumbing.example");
        assertTrue(model.save());
        assertEquals(List.of("maya@lindqvist-plumbing.example", "Maya.Lindqvist@gmail.example"), settings.ownerEmails());
        assertEquals("maya@lindqvist-plumbing.example, Maya.Lindqvist@gmail.example",
                loaded().ownerEmailsProperty().get(), "shown again as the owner writes them: comma and space");
        assertFalse(model.hasUnsavedEdits());
    }

    @Test
    void aBadAddressOfTheOwnersIsRefusedOnItsFieldAndChangesNothing() {
        settings.saveOwnerEmails("maya@lindqvist-plumbing.example");
        model = loaded();
        model.businessProperty().set("Lindqvist Plumbing");
        model.ownerEmailsProperty().set("maya@lindqvist-plumbing.example, maya at gmail");
        model.save();
        assertEquals("\"maya at gmail\" is not an email address such as name@example.com.",
                model.errorProperty(SettingsViewModel.OWNER_EMAILS).get());
        assertEquals(List.of("maya@lindqvist-plumbing.example"), settings.ownerEmails(), "the addresses as they were");
        assertEquals("", settings.names().business(), "nor anything else of the screen");
        assertTrue(model.hasUnsavedEdits(), "what was typed stays on screen to correct");
        assertFalse(model.busyProperty().get());

        model.ownerEmailsProperty().set("maya@lindqvist-plumbing.example, maya@gmail.example");
        assertEquals("", model.errorProperty(SettingsViewModel.OWNER_EMAILS).get(), "an edit clears the message");
    }
}
