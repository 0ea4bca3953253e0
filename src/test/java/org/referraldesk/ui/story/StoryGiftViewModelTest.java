package org.referraldesk.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Gifts;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Partners;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.Stories;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** A won story's gift as the story view shows it: its budget in the owner's currency, or why there is none. */
class StoryGiftViewModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(StoryController.class);
    private final List<Throwable> failures = new ArrayList<>();
    private Locale locale;

    @TempDir
    Path dir;
    private Store store;
    private Referrals referrals;
    private StoryViewModel model;
    private long id;

    @BeforeEach
    void open() {
        locale = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        store = Store.open(dir.resolve("desk"));
        new BusinessSettings(store).saveCurrency("EUR");
        referrals = new Referrals(store, clock);
        FollowUps followUps = new FollowUps(store, clock);
        id = referrals.record(NewReferral.of("Priya Natarajan", "Owen Price", Channel.PHONE, "Wi-Fi")
                .receivedAt(Instant.parse("2026-11-20T10:00:00Z"))).referral().id();
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new StoryViewModel(new Stories(store, referrals), referrals, followUps, new Gifts(store, clock), inline,
                clock, text);
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(Locale.Category.FORMAT, locale);
        assertEquals(List.of(), failures);
    }

    @Test
    void aWonStoryShowsItsGiftBudgetInTheOwnersCurrency() {
        referrals.close(id, new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")), null, null);
        model.show(id);
        assertTrue(model.followUps().stream().anyMatch(f -> f.title().equals("Gift · budget 200.00 EUR")),
                model.followUps().toString());
        assertEquals("", model.noGiftProperty().get());
        long gift = model.followUps().stream().filter(f -> f.title().startsWith("Gift")).findFirst().orElseThrow().id();
        assertEquals(FollowUpKind.GIFT, model.kindOf(gift));
    }

    @Test
    void aPartnerWhoAcceptsNoGiftsGetsNoneAndTheStorySaysWhy() {
        long priya = referrals.find(id).referrerId();
        new Partners(store, clock).saveSettings(new PartnerSettings(priya, 182, false, true, "Bank policy", false));
        referrals.close(id, new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")), null, null);
        model.show(id);
        assertEquals("No gift: this partner does not accept gifts.", model.noGiftProperty().get());
        assertTrue(model.followUps().stream().noneMatch(f -> f.title().startsWith("Gift")));
    }

    @Test
    void anOpenStoryNeedsNoReason() {
        model.show(id);
        assertEquals("", model.noGiftProperty().get());
    }
}
