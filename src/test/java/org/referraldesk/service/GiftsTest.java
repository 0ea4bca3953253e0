package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Gift;
import org.referraldesk.domain.GiftYear;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/** Gift budgets in exact decimals, partners who accept no gifts, logging a gift and the year's spend. */
class GiftsTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Gifts gifts;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        gifts = new Gifts(desk.store(), TempDesk.CLOCK);
        new BusinessSettings(desk.store()).saveCurrency("EUR");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aProfitOfTwoThousandAtTenPercentGivesABudgetOfTwoHundred() {
        Referral story = recorded();
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        assertEquals(new BigDecimal("200.00"), giftOf(story).amount());
    }

    @Test
    void aProfitOf1234_56AtSevenPercentGivesExactly86_42() {
        gifts.changePercent(new BigDecimal("7"));
        Referral story = recorded();
        desk.referrals().close(story.id(), won("3000", "1234.56"), null, null);
        assertEquals(new BigDecimal("86.42"), giftOf(story).amount());
    }

    @Test
    void theBudgetIsRoundedHalfUpToTheCurrencysMinorUnit() {
        gifts.changePercent(new BigDecimal("5"));
        Referral cents = recorded();
        desk.referrals().close(cents.id(), won("20", "10.10"), null, null);
        assertEquals(new BigDecimal("0.51"), giftOf(cents).amount(), "0.505 rounds half up, not to even");

        new BusinessSettings(desk.store()).saveCurrency("jpy");
        Referral yen = desk.referrals().record(new NewReferral("Kenji Sato", null, "Yui Mori", null, null,
                org.referraldesk.domain.Channel.PHONE, "Roof", null, null)).referral();
        desk.referrals().close(yen.id(), won("30000", "1230"), null, null);
        assertEquals(new BigDecimal("62.00"), giftOf(yen).amount(), "61.5 yen rounds up to 62 whole yen");
    }

    @Test
    void aPartnerWhoAcceptsNoGiftsGetsNoGiftFollowUpAndTheStorySaysWhy() {
        Referral story = recorded();
        desk.partners().saveSettings(new PartnerSettingsBuilder().forPartner(story.referrerId()).withoutGifts().build());
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        assertTrue(desk.referrals().followUps(story.id()).stream().noneMatch(f -> f.kind() == FollowUpKind.GIFT));
        assertEquals(Optional.of(Gifts.NoGift.PARTNER_DECLINES_GIFTS), gifts.whyNoGift(story.id()));
    }

    @Test
    void aStoryWithItsGiftOrNotYetWonNeedsNoReason() {
        Referral story = recorded();
        assertEquals(Optional.empty(), gifts.whyNoGift(story.id()));
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        assertEquals(Optional.empty(), gifts.whyNoGift(story.id()));
    }

    @Test
    void aPercentageOfTwentyIsRefusedAndNothingChanges() {
        Referral story = recorded();
        PlaybookSettings before = desk.settings().playbook();
        desk.assertRefused("The gift percentage must be between 5 and 15 %.",
                () -> gifts.changePercent(new BigDecimal("20")));
        assertEquals(before, desk.settings().playbook());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> gifts.changePercent(new BigDecimal("4.99")));
        assertEquals("giftPercent", refused.field());
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        assertEquals(new BigDecimal("200.00"), giftOf(story).amount(), "still 10 %");
    }

    @Test
    void loggingAGiftStoresItCompletesTheFollowUpAndLogsAGiftTouch() {
        Referral story = recorded();
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        FollowUp gift = giftOf(story);
        GiftDraft draft = gifts.draftFromFollowUp(gift.id());
        assertEquals(new BigDecimal("200.00"), draft.budget());
        assertEquals(story.id(), draft.referralId());
        assertEquals(Currency.getInstance("EUR"), draft.currency());

        Gift logged = gifts.log(new GiftEntry(story.referrerId(), story.id(), gift.id(), "Smoked salmon hamper",
                new BigDecimal("180"), null));

        assertEquals(List.of(logged), gifts.forPartner(story.referrerId()));
        assertEquals(LocalDate.of(2026, 3, 10), logged.givenOn());
        assertEquals(NOW, desk.followUps().find(gift.id()).doneAt());
        assertEquals("Gave Smoked salmon hamper \u00b7 180.00 EUR", desk.followUps().find(gift.id()).note());
        Touch touch = desk.partners().touches(story.referrerId()).get(0);
        assertEquals(TouchKind.GIFT, touch.kind());
        assertEquals(NOW, touch.at());
        assertEquals("Gift: Smoked salmon hamper \u00b7 180.00 EUR", touch.note());
        FollowUp checkIn = desk.in(tx -> tx.followUps().openOfKind(story.referrerId(), FollowUpKind.HERO_CHECK_IN)).get(0);
        assertEquals(TypicalClocks.instantAt("2026-09-08T09:00", TypicalClocks.BERLIN_ZONE), checkIn.dueAt(),
                "the gift restarted the check-in clock: 182 days after it, at the same local time");
    }

    @Test
    void aGiftForAStoryCompletesItsOpenGiftFollowUpEvenFromThePartnerPage() {
        Referral story = recorded();
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        gifts.log(new GiftEntry(story.referrerId(), story.id(), null, "Wine", new BigDecimal("40"),
                LocalDate.of(2026, 3, 9)));
        assertNotNull(giftOf(story).doneAt());
        assertEquals(TypicalClocks.instantAt("2026-03-09T12:00", TypicalClocks.BERLIN_ZONE), desk.partners().touches(story.referrerId())
                .get(0).at(), "a gift on an earlier day is a touch at noon that day");
    }

    @Test
    void aGiftIsRefusedForAPartnerWhoAcceptsNoneAndNothingIsStored() {
        Referral story = recorded();
        desk.partners().saveSettings(new PartnerSettingsBuilder().forPartner(story.referrerId()).withoutGifts().build());
        desk.assertRefused("Anna Keller does not accept gifts (see \u201cGifts allowed\u201d on their page).",
                () -> gifts.log(new GiftEntry(story.referrerId(), null, null, "Wine", new BigDecimal("40"), null)));
        assertEquals(List.of(), gifts.forPartner(story.referrerId()));
    }

    @Test
    void aGiftNeedsWhatItWasAnAmountAndADayNotInTheFuture() {
        Referral story = recorded();
        long partner = story.referrerId();
        assertEquals("description", refusedField(new GiftEntry(partner, null, null, " ", BigDecimal.TEN, null)));
        assertEquals("amount", refusedField(new GiftEntry(partner, null, null, "Wine", null, null)));
        assertEquals("amount", refusedField(new GiftEntry(partner, null, null, "Wine", new BigDecimal("-1"), null)));
        assertEquals("givenOn", refusedField(new GiftEntry(partner, null, null, "Wine", BigDecimal.TEN,
                LocalDate.of(2026, 3, 11))));
        assertEquals(List.of(), gifts.forPartner(partner));
    }

    @Test
    void theYearsSpendIsSetAgainstTheProfitTheirStoriesWonThatYear() {
        Referral story = recorded();
        desk.referrals().close(story.id(), won("5000", "2000"), null, null);
        gifts.log(new GiftEntry(story.referrerId(), story.id(), null, "Hamper", new BigDecimal("180"), null));
        gifts.log(new GiftEntry(story.referrerId(), null, null, "Last year's wine", new BigDecimal("30"),
                LocalDate.of(2025, 12, 20)));

        GiftYear year = gifts.yearOf(story.referrerId(), 2026);
        assertEquals(new BigDecimal("180.00"), year.spent());
        assertEquals(new BigDecimal("2000.00"), year.profit());
        assertEquals(new BigDecimal("9"), year.share());
        assertEquals(new GiftYear(2026, new BigDecimal("180"), new BigDecimal("2000")), gifts.yearTotal(2026));
        GiftYear last = gifts.yearOf(story.referrerId(), 2025);
        assertEquals(new BigDecimal("30.00"), last.spent());
        assertNull(last.share(), "no profit that year to compare with");
    }

    private String refusedField(GiftEntry entry) {
        return assertThrows(InvalidInput.class, () -> gifts.log(entry)).field();
    }

    private Referral recorded() {
        return desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
    }

    private static Outcome.Won won(String revenue, String profit) {
        return new Outcome.Won(new BigDecimal(revenue), new BigDecimal(profit));
    }

    private FollowUp giftOf(Referral story) {
        return desk.referrals().followUps(story.id()).stream().filter(f -> f.kind() == FollowUpKind.GIFT)
                .findFirst().orElseThrow();
    }
}
