package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.referraldesk.domain.FollowUpKind.CLIENT_CALLBACK;
import static org.referraldesk.domain.FollowUpKind.EXPLAIN_NOT_A_FIT;
import static org.referraldesk.domain.FollowUpKind.GIFT;
import static org.referraldesk.domain.FollowUpKind.HANDWRITTEN_CARD;
import static org.referraldesk.domain.FollowUpKind.HERO_CHECK_IN;
import static org.referraldesk.domain.FollowUpKind.PUBLIC_THANKS;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.domain.FollowUpKind.UPDATE_REFERRER;
import static org.referraldesk.testing.TempDesk.NOW;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TempDesk;

/** The desk's clock shows Tuesday 2026-03-10 09:00 in Berlin; Anna's referral of Ben came in the day before. */
class ReferralsTest {
    static final Instant RECEIVED = instantAt("2026-03-09T14:00", BERLIN_ZONE);
    static final NewReferral ANNA_SENDS_BEN = new NewReferral("Anna Keller", "anna@keller.example", "Ben Okafor",
            "ben@okafor.example", "+49 170 5550101", Channel.EMAIL_INTRODUCTION, "A new boiler", RECEIVED,
            new BigDecimal("4000"));

    @TempDir
    Path dir;
    private TempDesk desk;
    private Referrals referrals;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        referrals = desk.referrals();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void recordingAReferralCreatesTheStoryItsFirstEventAndTheTwentyFourHourFollowUps() {
        RecordedReferral recorded = referrals.record(ANNA_SENDS_BEN);
        long id = recorded.referral().id();
        assertEquals(recorded.referral(), referrals.find(id));
        assertEquals(Stage.RECEIVED, referrals.find(id).stage());
        assertEquals(List.of(new StoryEvent(referrals.timeline(id).get(0).id(), id, RECEIVED, Stage.RECEIVED, null, null)),
                referrals.timeline(id));
        assertEquals(recorded.followUps(), referrals.followUps(id));
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER, HANDWRITTEN_CARD), kinds(recorded.followUps()));
        assertEquals(Instant.parse("2026-03-10T13:00:00Z"), one(recorded.followUps(), RESPOND_TO_CLIENT).dueAt());
        assertEquals(Instant.parse("2026-03-10T13:00:00Z"), one(recorded.followUps(), THANK_REFERRER).dueAt());
        assertEquals(instantAt("2026-03-12T14:00", BERLIN_ZONE), one(recorded.followUps(), HANDWRITTEN_CARD).dueAt());
        assertEquals(1, referrals.count());
    }

    @Test
    void aCheckRefusesWhatRecordingWouldRefuseAndWritesNothingEither() {
        referrals.check(ANNA_SENDS_BEN);
        org.referraldesk.domain.InvalidInput future = org.junit.jupiter.api.Assertions.assertThrows(
                org.referraldesk.domain.InvalidInput.class,
                () -> referrals.check(ANNA_SENDS_BEN.receivedAt(NOW.plusSeconds(3600))));

        assertEquals("receivedAt", future.field());
        assertEquals(0, referrals.count());
        assertEquals(0, desk.count(tx -> tx.contacts().count()));
        assertEquals(1, referrals.record(ANNA_SENDS_BEN).referral().id(), "not even an id was used up");
    }

    @Test
    void recordingAReferralAddsTheReferrerAndTheClientAsNewContacts() {
        Referral story = referrals.record(ANNA_SENDS_BEN).referral();
        Contact anna = contact(story.referrerId());
        Contact ben = contact(story.clientId());
        assertEquals(List.of("Anna Keller", "anna@keller.example"), List.of(anna.name(), anna.email()));
        assertEquals(List.of("Ben Okafor", "ben@okafor.example", "+49 170 5550101"),
                List.of(ben.name(), ben.email(), ben.phone()));
        assertEquals(2, desk.count(tx -> tx.contacts().count()));
    }

    @Test
    void aKnownEmailFindsTheSameContactWhateverItsCase() {
        long anna = referrals.record(ANNA_SENDS_BEN).referral().referrerId();
        Referral second = referrals.record(new NewReferral("Anna K.", "ANNA@Keller.Example", "David Levi", null, null,
                Channel.PHONE, null, NOW, null)).referral();
        assertEquals(anna, second.referrerId());
        assertEquals("Anna Keller", contact(anna).name());
        assertEquals(3, desk.count(tx -> tx.contacts().count()));
    }

    @Test
    void withoutAnEmailAKnownNameFindsTheSameContactWhateverItsCase() {
        Referral first = referrals.record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, null)
                .receivedAt(RECEIVED)).referral();
        Referral second = referrals.record(NewReferral.of("anna keller", "BEN OKAFOR", Channel.PHONE, null)).referral();
        assertEquals(first.referrerId(), second.referrerId());
        assertEquals(first.clientId(), second.clientId());
        assertEquals(2, desk.count(tx -> tx.contacts().count()));
    }

    @Test
    void theReferrerBecomesAPartnerWithTheDefaultCadenceAndOneCheckInHalfAYearAfterTheReferral() {
        Referral story = referrals.record(ANNA_SENDS_BEN).referral();
        assertEquals(PartnerSettings.defaultsFor(story.referrerId()), desk.partners().settings(story.referrerId()));
        List<FollowUp> checkIns = checkIns(story.referrerId());
        assertEquals(1, checkIns.size());
        assertEquals(instantAt("2026-09-07T14:00", BERLIN_ZONE), checkIns.get(0).dueAt());
        assertNull(checkIns.get(0).referralId());
        assertThrows(NotFound.class, () -> desk.partners().settings(story.clientId()), "the client is no partner");
    }

    @Test
    void aSecondReferralFromTheSamePartnerMovesTheirCheckInInsteadOfAddingOne() {
        long anna = referrals.record(ANNA_SENDS_BEN).referral().referrerId();
        long first = checkIns(anna).get(0).id();
        referrals.record(new NewReferral("Anna Keller", "anna@keller.example", "David Levi", null, null,
                Channel.PHONE, null, NOW, null));
        List<FollowUp> checkIns = checkIns(anna);
        assertEquals(1, checkIns.size());
        assertEquals(first, checkIns.get(0).id());
        assertEquals(instantAt("2026-09-08T09:00", BERLIN_ZONE), checkIns.get(0).dueAt());
    }

    @Test
    void enteringTheMiddleActAsksForAnUpdateTwoDaysLaterAndGoesOnTheTimeline() {
        long id = referrals.record(ANNA_SENDS_BEN).referral().id();
        Instant booked = instantAt("2026-03-10T08:30", BERLIN_ZONE);
        List<FollowUp> created = referrals.move(id, Stage.MEETING_BOOKED, booked, "Thursday at ten").followUps();
        assertEquals(List.of(UPDATE_REFERRER), kinds(created));
        assertEquals(instantAt("2026-03-12T08:30", BERLIN_ZONE), created.get(0).dueAt());
        assertEquals(id, created.get(0).referralId());
        assertEquals(Stage.MEETING_BOOKED, referrals.find(id).stage());
        StoryEvent event = referrals.timeline(id).get(1);
        assertEquals(List.of(booked, Stage.MEETING_BOOKED, "Thursday at ten"), List.of(event.at(), event.stage(),
                event.note()));
        assertEquals(4, referrals.followUps(id).size());
    }

    @Test
    void movingWithinAnActOnlyAddsAnEvent() {
        long id = referrals.record(ANNA_SENDS_BEN).referral().id();
        assertEquals(List.of(), referrals.move(id, Stage.CONTACTED, null, null).followUps());
        assertEquals(List.of(Stage.RECEIVED, Stage.CONTACTED), referrals.timeline(id).stream().map(StoryEvent::stage)
                .toList());
        assertEquals(NOW, referrals.timeline(id).get(1).at());
    }

    @Test
    void closingAsWonTellsAndThanksTheReferrerAndSuggestsAGiftOfTenPercentOfTheProfit() {
        long id = referrals.record(ANNA_SENDS_BEN).referral().id();
        List<FollowUp> created = referrals.close(id, new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")),
                null, "Signed today").followUps();
        assertEquals(List.of(UPDATE_REFERRER, PUBLIC_THANKS, GIFT), kinds(created));
        assertEquals(instantAt("2026-03-12T09:00", BERLIN_ZONE), one(created, UPDATE_REFERRER).dueAt());
        assertEquals(instantAt("2026-03-17T09:00", BERLIN_ZONE), one(created, PUBLIC_THANKS).dueAt());
        assertEquals(instantAt("2026-03-24T09:00", BERLIN_ZONE), one(created, GIFT).dueAt());
        assertEquals(new BigDecimal("200.00"), one(created, GIFT).amount());
        assertEquals(new BigDecimal("200.00"), one(referrals.followUps(id), GIFT).amount());
        Referral won = referrals.find(id);
        assertEquals(List.of(Stage.WON, new BigDecimal("5000.00"), new BigDecimal("2000.00"), NOW),
                List.of(won.stage(), won.revenue(), won.profit(), won.closedAt()));
        assertEquals("Signed today", referrals.timeline(id).get(1).note());
    }

    @Test
    void aPartnerWhoMayNotReceiveGiftsGetsNoGiftFollowUp() {
        Referral story = referrals.record(ANNA_SENDS_BEN).referral();
        desk.partners().saveSettings(new PartnerSettingsBuilder().forPartner(story.referrerId()).withoutGifts().build());
        List<FollowUp> created = referrals.close(story.id(), new Outcome.Won(new BigDecimal("5000"),
                new BigDecimal("2000")), null, null).followUps();
        assertEquals(List.of(UPDATE_REFERRER, PUBLIC_THANKS), kinds(created));
    }

    @Test
    void notAFitExplainsWhyToTheReferrerAndCallsTheClientBackSixMonthsLater() {
        long id = referrals.record(ANNA_SENDS_BEN).referral().id();
        List<FollowUp> created = referrals.close(id, new Outcome.NotAFit("We do not do roofs", "Dach & Co"), null, null)
                .followUps();
        assertEquals(List.of(EXPLAIN_NOT_A_FIT, PUBLIC_THANKS, CLIENT_CALLBACK), kinds(created));
        assertEquals(instantAt("2026-03-12T09:00", BERLIN_ZONE), one(created, EXPLAIN_NOT_A_FIT).dueAt());
        assertEquals(instantAt("2026-09-10T09:00", BERLIN_ZONE), one(created, CLIENT_CALLBACK).dueAt());
        Referral closed = referrals.find(id);
        assertEquals(List.of(Stage.NOT_A_FIT, "We do not do roofs", "Dach & Co"),
                List.of(closed.stage(), closed.closeReason(), closed.onwardTo()));
    }

    private Contact contact(long id) {
        return desk.in(tx -> tx.contacts().find(id)).orElseThrow();
    }

    private List<FollowUp> checkIns(long partnerId) {
        return desk.in(tx -> tx.followUps().openOfKind(partnerId, HERO_CHECK_IN));
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
