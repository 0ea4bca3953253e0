package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.CLIENT_CALLBACK;
import static org.referraldesk.domain.FollowUpKind.EXPLAIN_NOT_A_FIT;
import static org.referraldesk.domain.FollowUpKind.GIFT;
import static org.referraldesk.domain.FollowUpKind.HANDWRITTEN_CARD;
import static org.referraldesk.domain.FollowUpKind.PUBLIC_THANKS;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.domain.FollowUpKind.UPDATE_REFERRER;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.PlaybookSettingsBuilder;
import org.referraldesk.testing.ReferralBuilder;
import org.referraldesk.testing.TypicalClocks;
import org.referraldesk.testing.TypicalContacts;

/**
 * The playbook table of the design, row by row, with the default offsets, in the owner's zone
 * (Berlin). Daylight saving and zone changes are in {@link PlaybookTimeZoneTest}.
 */
class PlaybookTest {

    private static final long STORY_ID = 42;
    /** Tuesday 2026-03-10 09:00 in Berlin (08:00 UTC). */
    private static final Instant RECEIVED = instantAt("2026-03-10T09:00", BERLIN_ZONE);
    /** Thursday 2026-03-12 15:30 in Berlin. */
    private static final Instant MOVED_OR_CLOSED = instantAt("2026-03-12T15:30", BERLIN_ZONE);

    private final Playbook playbook = new Playbook(PlaybookSettings.defaults(), TypicalClocks.BERLIN);
    private final PartnerSettings anna = new PartnerSettingsBuilder().build();
    private final Referral received = new ReferralBuilder().withId(STORY_ID).receivedAt(RECEIVED).build();

    // --- referral recorded ---

    @Test
    void theClientGetsAnAnswerWithin24HoursOfTheReferralArriving() {
        FollowUp respond = one(playbook.onRecorded(received), RESPOND_TO_CLIENT);
        assertEquals(Instant.parse("2026-03-11T08:00:00Z"), respond.dueAt());
    }

    @Test
    void thankYouIsDueOneDayAfterTheReferralArrives() {
        FollowUp thanks = one(playbook.onRecorded(received), THANK_REFERRER);
        assertEquals(Instant.parse("2026-03-11T08:00:00Z"), thanks.dueAt());
    }

    @Test
    void theHandwrittenCardIsDueThreeDaysAfterTheReferralArrives() {
        FollowUp card = one(playbook.onRecorded(received), HANDWRITTEN_CARD);
        assertEquals(instantAt("2026-03-13T09:00", BERLIN_ZONE), card.dueAt());
    }

    @Test
    void recordingAReferralCreatesTheAnswerTheThankYouAndTheCardAndNothingElse() {
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER, HANDWRITTEN_CARD), kinds(playbook.onRecorded(received)));
    }

    @Test
    void switchingHandwrittenCardsOffRemovesTheCardButNotTheAnswers() {
        Playbook noCards = new Playbook(new PlaybookSettingsBuilder().withoutHandwrittenCards().build(),
                TypicalClocks.BERLIN);
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER), kinds(noCards.onRecorded(received)));
    }

    @Test
    void theAnswerAndTheThankYouFollowTheirOwnOffsets() {
        Playbook quick = new Playbook(new PlaybookSettingsBuilder().withRespondToClient(DueOffset.hours(4))
                .withThankReferrer(DueOffset.hours(48)).build(), TypicalClocks.BERLIN);
        List<FollowUp> out = quick.onRecorded(received);
        assertEquals(RECEIVED.plusSeconds(4 * 3600), one(out, RESPOND_TO_CLIENT).dueAt());
        assertEquals(RECEIVED.plusSeconds(48 * 3600), one(out, THANK_REFERRER).dueAt());
    }

    // --- the middle act ---

    @Test
    void enteringTheMiddleActAsksForAnUpdateToTheReferrerTwoDaysLater() {
        Referral contacted = received.movedTo(Stage.CONTACTED);
        Referral booked = contacted.movedTo(Stage.MEETING_BOOKED);
        List<FollowUp> out = playbook.onMoved(Stage.CONTACTED, booked, MOVED_OR_CLOSED);
        assertEquals(List.of(UPDATE_REFERRER), kinds(out));
        assertEquals(instantAt("2026-03-14T15:30", BERLIN_ZONE), out.get(0).dueAt());
    }

    @Test
    void jumpingFromReceivedStraightIntoTheMiddleActAlsoAsksForAnUpdate() {
        Referral met = received.movedTo(Stage.MET);
        assertEquals(List.of(UPDATE_REFERRER), kinds(playbook.onMoved(Stage.RECEIVED, met, MOVED_OR_CLOSED)));
    }

    @Test
    void movingWithinTheMiddleActCreatesNothing() {
        Referral booked = new ReferralBuilder(received).withStage(Stage.MEETING_BOOKED).build();
        Referral met = booked.movedTo(Stage.MET);
        Referral proposal = met.movedTo(Stage.PROPOSAL_SENT);
        assertTrue(playbook.onMoved(Stage.MEETING_BOOKED, met, MOVED_OR_CLOSED).isEmpty());
        assertTrue(playbook.onMoved(Stage.MET, proposal, MOVED_OR_CLOSED).isEmpty());
        assertTrue(playbook.onMoved(Stage.MEETING_BOOKED, proposal, MOVED_OR_CLOSED).isEmpty());
    }

    @Test
    void answeringTheReferralWithinTheBeginningCreatesNothing() {
        Referral contacted = received.movedTo(Stage.CONTACTED);
        assertTrue(playbook.onMoved(Stage.RECEIVED, contacted, MOVED_OR_CLOSED).isEmpty());
    }

    // --- the story ends ---

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"WON", "LOST"})
    void everyEndingTellsTheReferrerTwoDaysLater(Stage end) {
        FollowUp update = one(playbook.onClosed(closedAs(end), MOVED_OR_CLOSED, anna), UPDATE_REFERRER);
        assertEquals(instantAt("2026-03-14T15:30", BERLIN_ZONE), update.dueAt());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"WON", "NOT_A_FIT", "LOST"})
    void everyEndingThanksThePartnerInPublicAWeekLaterWhenTheyAllowIt(Stage end) {
        FollowUp thanks = one(playbook.onClosed(closedAs(end), MOVED_OR_CLOSED, anna), PUBLIC_THANKS);
        assertEquals(instantAt("2026-03-19T15:30", BERLIN_ZONE), thanks.dueAt());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"WON", "NOT_A_FIT", "LOST"})
    void noPublicThanksForAPartnerWhoDoesNotAllowThem(Stage end) {
        PartnerSettings shy = new PartnerSettingsBuilder().withoutPublicThanks().build();
        assertFalse(kinds(playbook.onClosed(closedAs(end), MOVED_OR_CLOSED, shy)).contains(PUBLIC_THANKS));
    }

    @Test
    void switchingPublicThanksOffRemovesThemForEveryone() {
        Playbook quiet = new Playbook(new PlaybookSettingsBuilder().withoutPublicThanks().build(), TypicalClocks.BERLIN);
        assertEquals(List.of(UPDATE_REFERRER, GIFT), kinds(quiet.onClosed(closedAs(Stage.WON), MOVED_OR_CLOSED, anna)));
    }

    @Test
    void aWonJobBringsAGiftTwoWeeksLaterWithTenPercentOfTheProfitAsBudget() {
        Referral won = wonWithProfit("2000.00");
        FollowUp gift = one(playbook.onClosed(won, MOVED_OR_CLOSED, anna), GIFT);
        assertEquals(instantAt("2026-03-26T15:30", BERLIN_ZONE), gift.dueAt());
        assertEquals(new BigDecimal("200.00"), gift.amount());
    }

    @Test
    void aWonJobCreatesTheUpdateThePublicThanksAndTheGift() {
        assertEquals(List.of(UPDATE_REFERRER, PUBLIC_THANKS, GIFT),
                kinds(playbook.onClosed(closedAs(Stage.WON), MOVED_OR_CLOSED, anna)));
    }

    @Test
    void noGiftForAPartnerWhoMayNotAcceptGifts() {
        PartnerSettings compliance = new PartnerSettingsBuilder().withoutGifts().build();
        assertEquals(List.of(UPDATE_REFERRER, PUBLIC_THANKS),
                kinds(playbook.onClosed(closedAs(Stage.WON), MOVED_OR_CLOSED, compliance)));
    }

    @Test
    void switchingGiftsOffRemovesThemForEveryone() {
        Playbook noGifts = new Playbook(new PlaybookSettingsBuilder().withoutGifts().build(), TypicalClocks.BERLIN);
        assertFalse(kinds(noGifts.onClosed(closedAs(Stage.WON), MOVED_OR_CLOSED, anna)).contains(GIFT));
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"NOT_A_FIT", "LOST"})
    void onlyAWonJobBringsAGift(Stage end) {
        assertFalse(kinds(playbook.onClosed(closedAs(end), MOVED_OR_CLOSED, anna)).contains(GIFT));
    }

    @Test
    void notAFitExplainsWhyToTheReferrerTwoDaysLater() {
        FollowUp explain = one(playbook.onClosed(closedAs(Stage.NOT_A_FIT), MOVED_OR_CLOSED, anna), EXPLAIN_NOT_A_FIT);
        assertEquals(instantAt("2026-03-14T15:30", BERLIN_ZONE), explain.dueAt());
    }

    @Test
    void notAFitCallsTheClientBackSixMonthsLaterAtTheSameLocalTime() {
        FollowUp callback = one(playbook.onClosed(closedAs(Stage.NOT_A_FIT), MOVED_OR_CLOSED, anna), CLIENT_CALLBACK);
        assertEquals(instantAt("2026-09-12T15:30", BERLIN_ZONE), callback.dueAt());
    }

    @Test
    void notAFitTellsTheReferrerByTheExplanationNotBySecondMessageThenThanksInPublicAndCallsBack() {
        assertEquals(List.of(EXPLAIN_NOT_A_FIT, PUBLIC_THANKS, CLIENT_CALLBACK),
                kinds(playbook.onClosed(closedAs(Stage.NOT_A_FIT), MOVED_OR_CLOSED, anna)));
    }

    @Test
    void switchingCallbacksOffRemovesTheCallbackButStillExplains() {
        Playbook noCallbacks = new Playbook(new PlaybookSettingsBuilder().withoutClientCallbacks().build(),
                TypicalClocks.BERLIN);
        List<FollowUp> out = noCallbacks.onClosed(closedAs(Stage.NOT_A_FIT), MOVED_OR_CLOSED, anna);
        assertTrue(kinds(out).contains(EXPLAIN_NOT_A_FIT));
        assertFalse(kinds(out).contains(CLIENT_CALLBACK));
    }

    @Test
    void aLostStoryCreatesOnlyTheUpdateAndThePublicThanks() {
        assertEquals(List.of(UPDATE_REFERRER, PUBLIC_THANKS),
                kinds(playbook.onClosed(closedAs(Stage.LOST), MOVED_OR_CLOSED, anna)));
    }

    @Test
    void closingAStoryThatHasNotEndedIsAProgrammingError() {
        Referral met = new ReferralBuilder(received).withStage(Stage.MET).build();
        assertThrows(IllegalArgumentException.class, () -> playbook.onClosed(met, MOVED_OR_CLOSED, anna));
    }

    // --- what every follow-up carries ---

    @Test
    void everyStoryFollowUpCarriesTheReferrerAsPartnerAndTheStory() {
        Referral carlas = new ReferralBuilder().withId(STORY_ID).withReferrer(TypicalContacts.CARLA_ID)
                .withClient(TypicalContacts.DAVID_ID).receivedAt(RECEIVED).build();
        List<FollowUp> all = new ArrayList<>(playbook.onRecorded(carlas));
        all.addAll(playbook.onMoved(Stage.RECEIVED, carlas.movedTo(Stage.MET), MOVED_OR_CLOSED));
        for (Stage end : List.of(Stage.WON, Stage.NOT_A_FIT, Stage.LOST)) {
            all.addAll(playbook.onClosed(new ReferralBuilder(carlas).withStage(end).build(), MOVED_OR_CLOSED, anna));
        }
        assertEquals(3 + 1 + 3 + 3 + 2, all.size());
        assertAll(all.stream().map(f -> () -> {
            assertEquals(Long.valueOf(TypicalContacts.CARLA_ID), f.partnerId(), f.kind().name());
            assertEquals(Long.valueOf(STORY_ID), f.referralId(), f.kind().name());
        }));
    }

    @Test
    void playbookFollowUpsAreNewOpenAndCarryNoAmountExceptTheGift() {
        List<FollowUp> all = new ArrayList<>(playbook.onRecorded(received));
        all.addAll(playbook.onClosed(closedAs(Stage.WON), MOVED_OR_CLOSED, anna));
        assertAll(all.stream().map(f -> () -> {
            assertEquals(0, f.id());
            assertTrue(f.isOpen());
            assertNull(f.snoozedUntil());
            assertEquals(f.kind() == GIFT, f.amount() != null, f.kind().name());
        }));
    }

    // --- the gift budget ---

    @Test
    void theGiftBudgetIsTheGiftPercentageOfTheProfitInCents() {
        Playbook generous = new Playbook(new PlaybookSettingsBuilder().withGiftPercent("15").build(), TypicalClocks.BERLIN);
        assertEquals(new BigDecimal("185.18"), generous.giftBudget(new BigDecimal("1234.56")));
        assertEquals(new BigDecimal("200.00"), playbook.giftBudget(new BigDecimal("2000")));
    }

    @Test
    void aWonJobWithoutAProfitSuggestsNoBudget() {
        assertEquals(new BigDecimal("0.00"), playbook.giftBudget(null));
    }

    @Test
    void followUpsAreTheSameWhicheverDayTheClockShows() {
        Playbook later = new Playbook(PlaybookSettings.defaults(),
                Clock.fixed(Instant.parse("2031-07-01T12:00:00Z"), BERLIN_ZONE));
        assertEquals(playbook.onRecorded(received), later.onRecorded(received));
    }

    // --- heroes ---

    @Test
    void aHeroIsCheckedInOneCadenceAfterTheLastTouch() {
        Instant referred = instantAt("2026-01-05T10:00", BERLIN_ZONE);
        Instant touched = instantAt("2026-02-01T11:00", BERLIN_ZONE);
        PartnerActivity activity = new PartnerActivity(TypicalContacts.ANNA_ID, 1, referred, touched);
        FollowUp checkIn = playbook.heroCheckIn(activity, anna).orElseThrow();
        assertEquals(FollowUpKind.HERO_CHECK_IN, checkIn.kind());
        assertEquals(instantAt("2026-08-02T11:00", BERLIN_ZONE), checkIn.dueAt());
    }

    @Test
    void aReferralAfterTheLastTouchRestartsTheCheckInClock() {
        Instant touched = instantAt("2026-01-05T10:00", BERLIN_ZONE);
        Instant referred = instantAt("2026-02-01T11:00", BERLIN_ZONE);
        PartnerActivity activity = new PartnerActivity(TypicalContacts.ANNA_ID, 2, referred, touched);
        assertEquals(instantAt("2026-08-02T11:00", BERLIN_ZONE), playbook.heroCheckIn(activity, anna).orElseThrow().dueAt());
    }

    @Test
    void aHeroNeverTouchedIsCheckedInOneCadenceAfterTheirReferral() {
        PartnerActivity activity = new PartnerActivity(TypicalContacts.ANNA_ID, 1, RECEIVED, null);
        assertEquals(instantAt("2026-09-08T09:00", BERLIN_ZONE), playbook.heroCheckIn(activity, anna).orElseThrow().dueAt());
    }

    @Test
    void theCheckInFollowsThePartnersOwnCadence() {
        PartnerSettings quarterly = new PartnerSettingsBuilder().withCadenceDays(90).build();
        PartnerActivity activity = new PartnerActivity(TypicalContacts.ANNA_ID, 3, RECEIVED, null);
        assertEquals(instantAt("2026-06-08T09:00", BERLIN_ZONE), playbook.heroCheckIn(activity, quarterly).orElseThrow().dueAt());
    }

    @Test
    void theCheckInIsForThePartnerAndNoStory() {
        PartnerActivity activity = new PartnerActivity(TypicalContacts.CARLA_ID, 1, RECEIVED, null);
        FollowUp checkIn = playbook.heroCheckIn(activity, new PartnerSettingsBuilder().forPartner(TypicalContacts.CARLA_ID)
                .build()).orElseThrow();
        assertEquals(Long.valueOf(TypicalContacts.CARLA_ID), checkIn.partnerId());
        assertNull(checkIn.referralId());
        assertNull(checkIn.amount());
    }

    @Test
    void aPartnerWhoHasNotReferredYetGetsACheckInToo() {
        PartnerActivity touchedOnly = new PartnerActivity(TypicalContacts.ANNA_ID, 0, null, RECEIVED);
        assertEquals(FollowUpKind.HERO_CHECK_IN, playbook.heroCheckIn(touchedOnly, anna).orElseThrow().kind());
    }

    // --- annual VIP invites ---

    @Test
    void vipInvitesAreDueOnTheFirstOfTheChosenMonthAtNineInTheMorning() {
        List<FollowUp> invites = playbook.annualVipInvites(2026, List.of(TypicalContacts.ANNA_ID));
        assertEquals(List.of(FollowUpKind.ANNUAL_VIP_INVITE), kinds(invites));
        assertEquals(instantAt("2026-12-01T09:00", BERLIN_ZONE), invites.get(0).dueAt());
    }

    @Test
    void theOwnerChoosesTheMonthOfTheVipInvites() {
        Playbook june = new Playbook(new PlaybookSettingsBuilder().withVipMonth(java.time.Month.JUNE).build(),
                TypicalClocks.BERLIN);
        FollowUp invite = june.annualVipInvites(2026, List.of(TypicalContacts.ANNA_ID)).get(0);
        assertEquals(Instant.parse("2026-06-01T07:00:00Z"), invite.dueAt());
    }

    @Test
    void everyPartnerWhoReferredGetsOneInviteOfTheirOwn() {
        List<FollowUp> invites = playbook.annualVipInvites(2026, List.of(TypicalContacts.ANNA_ID, TypicalContacts.CARLA_ID));
        assertEquals(List.of(TypicalContacts.ANNA_ID, TypicalContacts.CARLA_ID),
                invites.stream().map(FollowUp::partnerId).toList());
        assertAll(invites.stream().map(f -> () -> {
            assertNull(f.referralId());
            assertEquals(instantAt("2026-12-01T09:00", BERLIN_ZONE), f.dueAt());
        }));
    }

    @Test
    void aYearWithoutReferralsBringsNoInvites() {
        assertTrue(playbook.annualVipInvites(2026, List.of()).isEmpty());
    }

    @Test
    void aPartnerWhoReferredSeveralTimesGetsOneVipInvite() {
        List<FollowUp> invites = playbook.annualVipInvites(2026, List.of(1L, 1L, 3L));
        assertEquals(2, invites.size());
        assertEquals(List.of(1L, 3L), invites.stream().map(FollowUp::partnerId).toList());
    }

    @Test
    void switchingVipInvitesOffRemovesThem() {
        Playbook noInvites = new Playbook(new PlaybookSettingsBuilder().withoutAnnualVipInvites().build(),
                TypicalClocks.BERLIN);
        assertTrue(noInvites.annualVipInvites(2026, List.of(TypicalContacts.ANNA_ID)).isEmpty());
    }

    // --- helpers ---

    private Referral closedAs(Stage end) {
        ReferralBuilder b = new ReferralBuilder(received).withStage(Stage.PROPOSAL_SENT);
        return switch (end) {
            case WON -> b.won("5000.00", "2000.00", MOVED_OR_CLOSED).build();
            case NOT_A_FIT -> b.notAFit("We do not do roofs", "Dach & Co", MOVED_OR_CLOSED).build();
            case LOST -> b.lost("Went with a cheaper offer", MOVED_OR_CLOSED).build();
            default -> throw new IllegalArgumentException(end.name());
        };
    }

    private Referral wonWithProfit(String profit) {
        return received.movedTo(Stage.PROPOSAL_SENT).closed(new Outcome.Won(new BigDecimal("6000.00"),
                new BigDecimal(profit)), MOVED_OR_CLOSED);
    }

    static FollowUp one(List<FollowUp> followUps, FollowUpKind kind) {
        List<FollowUp> ofKind = followUps.stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, ofKind.size(), () -> "exactly one " + kind + " in " + kinds(followUps));
        return ofKind.get(0);
    }

    static List<FollowUpKind> kinds(List<FollowUp> followUps) {
        return followUps.stream().map(FollowUp::kind).toList();
    }
}
