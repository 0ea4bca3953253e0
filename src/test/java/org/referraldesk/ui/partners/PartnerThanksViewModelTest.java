package org.referraldesk.ui.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.GiftEntry;
import org.referraldesk.service.Gifts;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Partners;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.ReferralsGiven;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The partner page's year of gifts and its two-way ledger; the partners list's year total. */
class PartnerThanksViewModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(PartnerController.class);
    private final List<Throwable> failures = new ArrayList<>();
    private final BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
    private Locale locale;

    @TempDir
    Path dir;
    private Store store;
    private Gifts gifts;
    private ReferralsGiven given;
    private BusinessSettings business;
    private Referral story;

    @BeforeEach
    void open() {
        locale = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        store = Store.open(dir.resolve("desk"));
        gifts = new Gifts(store, clock);
        given = new ReferralsGiven(store, clock);
        business = new BusinessSettings(store);
        business.saveCurrency("EUR");
        Referrals referrals = new Referrals(store, clock);
        story = referrals.record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "New laptops")
                .receivedAt(Instant.parse("2026-11-02T10:00:00Z"))).referral();
        referrals.close(story.id(), new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")), null, null);
        gifts.log(new GiftEntry(story.referrerId(), story.id(), null, "Hamper", new BigDecimal("180"), null));
        given.logGiven(story.referrerId(), "Frida Holm", LocalDate.of(2026, 10, 1), "Needed a lawyer");
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(Locale.Category.FORMAT, locale);
        assertEquals(List.of(), failures);
    }

    @Test
    void thePartnerPageSetsTheYearsGiftsAgainstTheProfitAndShowsBothSidesOfTheLedger() {
        PartnerViewModel model = new PartnerViewModel(new Partners(store, clock), gifts, given, business, inline, clock,
                text);
        model.show(story.referrerId());
        PartnerThanks thanks = model.thanks();
        assertEquals("Gifts this year 180.00 EUR of 2,000.00 EUR profit (9 %)", thanks.giftYearTextProperty().get());
        assertEquals("Received 1 \u00b7 given 1", thanks.ledgerTextProperty().get());
        assertEquals("Received from them (1)", thanks.receivedTitleProperty().get());
        assertEquals("Given to them (1)", thanks.givenTitleProperty().get());
        assertEquals(List.of("Frida Holm"), thanks.givenLines().stream().map(GivenLine::clientName).toList());
        assertEquals(1, model.stories().size());
    }

    @Test
    void thePartnersListShowsTheYearsTotal() {
        PartnerListViewModel list = new PartnerListViewModel(new Partners(store, clock), gifts, business, inline, clock,
                text);
        list.load();
        assertEquals("All partners, 2026: Gifts this year 180.00 EUR of 2,000.00 EUR profit (9 %)",
                list.giftTotalTextProperty().get());
    }
}
