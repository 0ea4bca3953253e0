package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.referraldesk.testing.ReferralBuilder;
import org.referraldesk.testing.TypicalContacts;
import org.referraldesk.testing.TypicalReferrals;

class ReferralTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-04-02T14:00:00Z");

    @Test
    void aNewReferralStartsReceivedUnstoredAndOpen() {
        Referral r = Referral.received(TypicalContacts.ANNA_ID, TypicalContacts.BEN_ID, Channel.PHONE, " A new boiler ",
                RECEIVED, new BigDecimal("4000"));
        assertEquals(0, r.id());
        assertEquals(Stage.RECEIVED, r.stage());
        assertEquals(Act.BEGINNING, r.act());
        assertEquals("A new boiler", r.need());
        assertEquals(new BigDecimal("4000.00"), r.estimatedValue());
        assertNull(r.revenue());
        assertNull(r.profit());
        assertNull(r.closedAt());
    }

    @Test
    void theReferrerAndTheClientMustBeDifferentPeople() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Referral.received(TypicalContacts.ANNA_ID,
                TypicalContacts.ANNA_ID, Channel.PHONE, "Advice", RECEIVED, null));
        assertEquals("The referrer and the client must be different people.", e.getMessage());
        assertEquals("client", e.field());
    }

    @Test
    void aNegativeEstimateIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new ReferralBuilder().withEstimatedValue("-5").build());
        assertEquals("The estimated value cannot be negative.", e.getMessage());
    }

    @Test
    void theEstimateAndTheNeedAreOptional() {
        Referral r = new ReferralBuilder().withEstimatedValue(null).withNeed("  ").build();
        assertNull(r.estimatedValue());
        assertNull(r.need());
    }

    @Test
    void aReferralNeedsAChannelAndATimeOfArrival() {
        assertThrows(NullPointerException.class, () -> new ReferralBuilder().withChannel(null).build());
        assertThrows(NullPointerException.class, () -> new ReferralBuilder().receivedAt(null).build());
    }

    @Test
    void movingOnChangesOnlyTheStage() {
        Referral r = TypicalReferrals.ANNA_SENDS_BEN;
        Referral moved = r.movedTo(Stage.MEETING_BOOKED);
        assertEquals(new ReferralBuilder(r).withStage(Stage.MEETING_BOOKED).build(), moved);
        assertEquals(Act.MIDDLE, moved.act());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"WON", "NOT_A_FIT", "LOST"})
    void movingToAnEndStageIsRefusedBecauseAStoryClosesWithItsOutcome(Stage end) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> TypicalReferrals.ANNA_SENDS_DAVID.movedTo(end));
        assertEquals("Close a story with its outcome (won, not a fit or lost).", e.getMessage());
    }

    @Test
    void movingBackIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> TypicalReferrals.ANNA_SENDS_DAVID.movedTo(Stage.CONTACTED));
        assertTrue(e.getMessage().contains("met") && e.getMessage().contains("contacted"), e.getMessage());
    }

    @Test
    void closingAsWonSetsStageRevenueProfitAndWhenItClosed() {
        Referral won = TypicalReferrals.ANNA_SENDS_DAVID.closed(
                new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")), CLOSED);
        assertEquals(Stage.WON, won.stage());
        assertEquals(new BigDecimal("5000.00"), won.revenue());
        assertEquals(new BigDecimal("2000.00"), won.profit());
        assertEquals(CLOSED, won.closedAt());
        assertNull(won.closeReason());
        assertNull(won.onwardTo());
    }

    @Test
    void closingAsNotAFitKeepsTheReasonAndWhereTheClientWent() {
        Referral notAFit = TypicalReferrals.ANNA_SENDS_BEN.closed(
                new Outcome.NotAFit("We do not install solar panels", "Sonnenschein GmbH"), CLOSED);
        assertEquals(Stage.NOT_A_FIT, notAFit.stage());
        assertEquals("We do not install solar panels", notAFit.closeReason());
        assertEquals("Sonnenschein GmbH", notAFit.onwardTo());
        assertEquals(CLOSED, notAFit.closedAt());
        assertNull(notAFit.revenue());
        assertNull(notAFit.profit());
    }

    @Test
    void closingAsLostKeepsTheReason() {
        Referral lost = TypicalReferrals.ANNA_SENDS_DAVID.closed(new Outcome.Lost("Chose a cheaper offer"), CLOSED);
        assertEquals(Stage.LOST, lost.stage());
        assertEquals("Chose a cheaper offer", lost.closeReason());
        assertNull(lost.onwardTo());
        assertEquals(CLOSED, lost.closedAt());
    }

    @Test
    void closingKeepsTheStoryItself() {
        Referral r = TypicalReferrals.ANNA_SENDS_DAVID;
        Referral lost = r.closed(new Outcome.Lost("No budget"), CLOSED);
        assertEquals(r.id(), lost.id());
        assertEquals(r.referrerId(), lost.referrerId());
        assertEquals(r.clientId(), lost.clientId());
        assertEquals(r.receivedAt(), lost.receivedAt());
        assertEquals(r.need(), lost.need());
    }

    @Test
    void aStoryCanEndStraightFromTheBeginning() {
        assertDoesNotThrow(() -> TypicalReferrals.ANNA_SENDS_BEN.closed(new Outcome.Lost("Never answered"), CLOSED));
    }

    @Test
    void anEndedStoryCannotCloseAgainOrMove() {
        Referral won = TypicalReferrals.CARLA_SENDS_EMMA_WON;
        InvalidInput again = assertThrows(InvalidInput.class, () -> won.closed(new Outcome.Lost("Changed mind"), CLOSED));
        assertTrue(again.getMessage().contains("has ended"), again.getMessage());
        assertThrows(InvalidInput.class, () -> won.movedTo(Stage.PROPOSAL_SENT));
    }

    @Test
    void storingGivesTheStoryItsId() {
        Referral stored = TypicalReferrals.ANNA_SENDS_BEN.withId(77);
        assertEquals(77, stored.id());
        assertEquals(new ReferralBuilder(TypicalReferrals.ANNA_SENDS_BEN).withId(77).build(), stored);
    }
}
