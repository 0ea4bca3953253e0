package org.referraldesk.ui.thanks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.Gifts;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Partners;
import org.referraldesk.service.PublicThanks;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.ReferralsGiven;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The thanks dialogs' view models, without a window: Anna's won story, Monday 23 November 2026 in London. */
class ThanksDialogsViewModelTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), LONDON);
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(LogGiftController.class);
    private final List<Throwable> failures = new ArrayList<>();
    private final BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
    private Locale locale;

    @TempDir
    Path dir;
    private Store store;
    private Referral story;

    @BeforeEach
    void open() {
        locale = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        store = Store.open(dir.resolve("desk"));
        new BusinessSettings(store).saveCurrency("GBP");
        Referrals referrals = new Referrals(store, clock);
        story = referrals.record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "New laptops")
                .receivedAt(Instant.parse("2026-11-02T10:00:00Z"))).referral();
        referrals.close(story.id(), new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")), null, null);
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(Locale.Category.FORMAT, locale);
        assertEquals(List.of(), failures);
    }

    @Test
    void theGiftDialogStartsFromTheFollowUpWithItsStoryAndBudget() {
        LogGiftViewModel model = giftModel();
        model.startFromFollowUp(followUp(FollowUpKind.GIFT).id());
        assertEquals("A gift for Anna Keller", model.headerProperty().get());
        assertEquals("Suggested budget: 200.00 GBP", model.budgetProperty().get());
        assertEquals("200.00", model.form().field(LogGiftViewModel.AMOUNT).get());
        assertEquals(LocalDate.of(2026, 11, 23), model.form().day(LogGiftViewModel.DATE).get());
        assertEquals(story.id(), model.storyProperty().get().referralId());
        assertEquals("GBP", model.currencyProperty().get());
    }

    @Test
    void loggingTheGiftCompletesTheFollowUpAndCountsAsATouch() {
        LogGiftViewModel model = giftModel();
        model.startFromFollowUp(followUp(FollowUpKind.GIFT).id());
        model.form().field(LogGiftViewModel.WHAT).set("Hamper");
        model.form().field(LogGiftViewModel.AMOUNT).set("180,00");
        AtomicInteger logged = new AtomicInteger();
        model.log(gift -> logged.incrementAndGet());
        assertEquals(1, logged.get());
        assertNotNull(followUp(FollowUpKind.GIFT).doneAt());
        assertEquals(new BigDecimal("180.00"), new Gifts(store, clock).forPartner(story.referrerId()).get(0).amount());
        assertEquals(TouchKind.GIFT, new Partners(store, clock).touches(story.referrerId()).get(0).kind());
    }

    @Test
    void aBadAmountOrDateIsShownOnItsFieldAndNothingIsLogged() {
        LogGiftViewModel model = giftModel();
        model.startForPartner(story.referrerId());
        assertEquals("", model.budgetProperty().get(), "no budget from the partner page");
        model.form().field(LogGiftViewModel.WHAT).set("Hamper");
        model.form().field(LogGiftViewModel.AMOUNT).set("lots");
        model.log(gift -> { });
        assertEquals("The amount must be a number such as 45.00.", model.form().errorOf(LogGiftViewModel.AMOUNT).get());
        model.form().field(LogGiftViewModel.AMOUNT).set("20");
        model.form().unreadableDay(LogGiftViewModel.DATE).set(true);
        model.log(gift -> { });
        assertEquals("Type the day like 23 Nov 2026, or pick it from the calendar.",
                model.form().errorOf(LogGiftViewModel.DATE).get(), "the date field could not read what was typed");
        model.form().unreadableDay(LogGiftViewModel.DATE).set(false);
        model.form().day(LogGiftViewModel.DATE).set(LocalDate.of(2026, 11, 24));
        model.log(gift -> { });
        assertEquals("The day of the gift cannot be in the future.", model.form().errorOf(LogGiftViewModel.DATE).get());
        model.form().field(LogGiftViewModel.WHAT).set("");
        model.form().day(LogGiftViewModel.DATE).set(LocalDate.of(2026, 11, 23));
        model.log(gift -> { });
        assertEquals("What the gift was must not be blank.", model.form().errorOf(LogGiftViewModel.WHAT).get());
        assertEquals(List.of(), new Gifts(store, clock).forPartner(story.referrerId()));
    }

    @Test
    void markingAPublicThankYouPostedAsksWhereAndOffersCommonPlaces() {
        PostedViewModel model = new PostedViewModel(new PublicThanks(store, clock),
                new org.referraldesk.service.Templates(store), inline, text);
        FollowUp post = followUp(FollowUpKind.PUBLIC_THANKS);
        model.start(post.id(), "Anna Keller");
        assertTrue(model.postProperty().get().startsWith("A big thank-you to Anna Keller for recommending"),
                model.postProperty().get());
        assertEquals("Where did you thank Anna Keller in public?", model.headerProperty().get());
        assertTrue(model.suggestions().contains("Google review"));
        model.markPosted(done -> { });
        assertEquals("Where you posted the thank-you must not be blank.", model.form().errorOf(PostedViewModel.WHERE).get());
        model.choose("Google review");
        model.markPosted(done -> { });
        assertEquals("Posted on Google review", followUp(FollowUpKind.PUBLIC_THANKS).note());
    }

    @Test
    void aReferralGivenByHandNeedsAClientAndLandsInTheLedger() {
        ReferralsGiven given = new ReferralsGiven(store, clock);
        LogGivenViewModel model = new LogGivenViewModel(given, inline, clock, text);
        model.start(story.referrerId(), "Anna Keller");
        assertEquals("Whom did you send to Anna Keller?", model.headerProperty().get());
        model.log(done -> { });
        assertEquals("The client's name must not be blank.", model.form().errorOf(LogGivenViewModel.CLIENT).get());
        model.form().field(LogGivenViewModel.CLIENT).set("Frida Holm");
        model.form().field(LogGivenViewModel.NOTE).set("Needed a lawyer");
        model.log(done -> { });
        assertEquals("Frida Holm", given.ledger(story.referrerId()).given().get(0).clientName());
    }

    private LogGiftViewModel giftModel() {
        return new LogGiftViewModel(new Gifts(store, clock), inline, clock, text);
    }

    private FollowUp followUp(FollowUpKind kind) {
        return new Referrals(store, clock).followUps(story.id()).stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow();
    }
}
