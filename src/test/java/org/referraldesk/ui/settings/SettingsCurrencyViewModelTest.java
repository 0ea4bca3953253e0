package org.referraldesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The currency and the line on what the business does, edited with the other settings. */
class SettingsCurrencyViewModelTest {
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(SettingsController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private BusinessSettings business;
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        business = new BusinessSettings(store);
        business.saveCurrency("EUR");
        model = new SettingsViewModel(new OwnerSettings(store), business,
                new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void theCurrencyAndWhatWeDoAreSavedWithTheOtherSettings() {
        assertEquals("EUR", model.currencyProperty().get());
        model.currencyProperty().set("chf");
        model.whatWeDoProperty().set("IT support for small offices");
        assertTrue(model.save());
        assertEquals("CHF", business.currency().getCurrencyCode());
        assertEquals("IT support for small offices", business.whatWeDo());
        assertEquals("CHF", model.currencyProperty().get());
    }

    @Test
    void anUnknownCurrencyOrAPercentageOfTwentyIsRefusedOnItsFieldAndNothingIsSaved() {
        PlaybookSettings before = new OwnerSettings(store).playbook();
        model.currencyProperty().set("EURO");
        model.giftPercentProperty().set("20");
        model.whatWeDoProperty().set("IT support");
        assertFalse(model.save());
        assertEquals("Enter the currency as its three-letter code, such as EUR, GBP or USD.",
                model.errorProperty(SettingsViewModel.CURRENCY).get());
        assertEquals("The gift percentage must be between 5 and 15 %.",
                model.errorProperty(SettingsViewModel.GIFT_PERCENT).get());
        assertEquals(before, new OwnerSettings(store).playbook());
        assertEquals(new BigDecimal("10"), new OwnerSettings(store).playbook().giftPercent());
        assertEquals("EUR", business.currency().getCurrencyCode());
        assertEquals("", business.whatWeDo());
    }
}
