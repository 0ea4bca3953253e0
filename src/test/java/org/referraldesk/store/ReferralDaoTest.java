package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.testing.ReferralBuilder;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalContacts;

class ReferralDaoTest {
    private static final Instant RECEIVED = ReferralBuilder.DEFAULT_RECEIVED_AT;

    @TempDir
    Path dir;
    private TempDesk desk;
    private long anna;
    private long ben;
    private long david;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        ben = desk.in(tx -> tx.contacts().insert(TypicalContacts.BEN, NOW));
        david = desk.in(tx -> tx.contacts().insert(TypicalContacts.DAVID, NOW));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aReferralComesBackWithEveryFieldAndItsNewId() {
        Referral draft = Referral.received(anna, ben, Channel.EMAIL_INTRODUCTION, "A new boiler", RECEIVED,
                new BigDecimal("4000.50"));
        long id = desk.in(tx -> tx.referrals().insert(draft));
        Referral back = desk.in(tx -> tx.referrals().find(id)).orElseThrow();
        assertEquals(draft.withId(id), back);
        assertEquals(new BigDecimal("4000.50"), back.estimatedValue());
        assertEquals(Optional.empty(), desk.in(tx -> tx.referrals().find(id + 1)));
    }

    @Test
    void updatingTheStageStoresTheOutcomeWithItsMoneyReasonAndTime() {
        long id = desk.in(tx -> tx.referrals().insert(referral(anna, ben, RECEIVED)));
        Referral won = referral(anna, ben, RECEIVED).withId(id).movedTo(Stage.PROPOSAL_SENT)
                .closed(new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000.10")), NOW);
        desk.use(tx -> tx.referrals().updateStage(won));
        Referral back = desk.in(tx -> tx.referrals().find(id)).orElseThrow();
        assertEquals(won, back);
        assertEquals(new BigDecimal("2000.10"), back.profit());
        assertEquals(NOW, back.closedAt());
    }

    @Test
    void updatingTheStageToNotAFitKeepsTheReasonAndWhoTheClientWasSentOnTo() {
        long id = desk.in(tx -> tx.referrals().insert(referral(anna, ben, RECEIVED)));
        Referral notAFit = referral(anna, ben, RECEIVED).withId(id)
                .closed(new Outcome.NotAFit("We do not do roofs", "Dach & Co"), NOW);
        desk.use(tx -> tx.referrals().updateStage(notAFit));
        Referral back = desk.in(tx -> tx.referrals().find(id)).orElseThrow();
        assertEquals("We do not do roofs", back.closeReason());
        assertEquals("Dach & Co", back.onwardTo());
        assertNull(back.revenue());
    }

    @Test
    void summariesJoinTheNamesAndShowTheEarliestOpenFollowUpCountingSnoozes() {
        long id = desk.in(tx -> tx.referrals().insert(referral(anna, ben, RECEIVED)));
        Instant day = RECEIVED.plus(Duration.ofDays(1));
        desk.use(tx -> {
            long done = tx.followUps().insert(FollowUp.planned(FollowUpKind.RESPOND_TO_CLIENT, RECEIVED, anna, id, null));
            tx.followUps().markDone(done, RECEIVED);
            long skipped = tx.followUps().insert(FollowUp.planned(FollowUpKind.THANK_REFERRER, RECEIVED, anna, id, null));
            tx.followUps().skip(skipped, RECEIVED, "Thanked in person");
            long snoozed = tx.followUps().insert(FollowUp.planned(FollowUpKind.HANDWRITTEN_CARD, day, anna, id, null));
            tx.followUps().snooze(snoozed, day.plus(Duration.ofDays(5)));
            tx.followUps().insert(FollowUp.planned(FollowUpKind.UPDATE_REFERRER, day.plus(Duration.ofDays(2)), anna,
                    id, null));
        });
        assertEquals(List.of(new ReferralSummary(id, "Anna Keller", "Ben Okafor", "A new boiler", Stage.RECEIVED,
                RECEIVED, day.plus(Duration.ofDays(2)))), desk.in(tx -> tx.referrals().summaries(10, 0)));
    }

    @Test
    void aStoryWithNothingOpenHasNoNextFollowUp() {
        desk.use(tx -> tx.referrals().insert(referral(anna, ben, RECEIVED)));
        assertNull(desk.in(tx -> tx.referrals().summaries(10, 0)).get(0).nextFollowUpAt());
    }

    @Test
    void summariesAreNewestFirstAndPaged() {
        long older = desk.in(tx -> tx.referrals().insert(referral(anna, ben, RECEIVED.minus(Duration.ofDays(9)))));
        long newest = desk.in(tx -> tx.referrals().insert(referral(anna, david, RECEIVED)));
        long middle = desk.in(tx -> tx.referrals().insert(referral(david, ben, RECEIVED.minus(Duration.ofDays(1)))));
        assertEquals(List.of(newest, middle, older), ids(desk.in(tx -> tx.referrals().summaries(10, 0))));
        assertEquals(List.of(newest, middle), ids(desk.in(tx -> tx.referrals().summaries(2, 0))));
        assertEquals(List.of(older), ids(desk.in(tx -> tx.referrals().summaries(2, 2))));
        assertEquals("David Levi", desk.in(tx -> tx.referrals().summaries(1, 1)).get(0).referrerName());
        assertEquals(3, desk.count(tx -> tx.referrals().count()));
    }

    @Test
    void theTimelineIsInTheOrderThingsHappenedNotTheOrderTheyWereTyped() {
        long id = desk.in(tx -> tx.referrals().insert(referral(anna, ben, RECEIVED)));
        Instant later = RECEIVED.plus(Duration.ofDays(2));
        desk.use(tx -> {
            tx.events().insert(StoryEvent.of(id, later, Stage.MEETING_BOOKED, "Tuesday at ten"));
            tx.events().insert(StoryEvent.of(id, RECEIVED, Stage.RECEIVED, null));
            tx.events().insert(StoryEvent.of(id, later, Stage.MET, null));
        });
        List<StoryEvent> timeline = desk.in(tx -> tx.events().timeline(id));
        assertEquals(List.of(Stage.RECEIVED, Stage.MEETING_BOOKED, Stage.MET),
                timeline.stream().map(StoryEvent::stage).toList());
        assertEquals("Tuesday at ten", timeline.get(1).note());
        assertEquals(later, timeline.get(1).at());
        assertTrue(desk.in(tx -> tx.events().timeline(id + 1)).isEmpty());
    }

    @Test
    void theSchemaRefusesAReferralWhoseReferrerIsItsClient() {
        // The record refuses equal stored ids, so only "not yet stored" (0 and 0) reaches the table's CHECK.
        Referral selfReferral = Referral.received(0, 0, Channel.PHONE, null, RECEIVED, null);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> desk.use(tx -> {
            tx.contacts().insert(TypicalContacts.EMMA, NOW);
            tx.referrals().insert(selfReferral);
        }));
        assertTrue(String.valueOf(refused.getMessage()).toUpperCase().contains("REFERRAL_TWO_PEOPLE"),
                refused.getMessage());
        assertEquals(0, desk.count(tx -> tx.referrals().count()));
        assertEquals(3, desk.count(tx -> tx.contacts().count()), "the contact added in the same transaction is gone");
    }

    private static Referral referral(long referrer, long client, Instant at) {
        return Referral.received(referrer, client, Channel.EMAIL_INTRODUCTION, "A new boiler", at, null);
    }

    private static List<Long> ids(List<ReferralSummary> summaries) {
        return summaries.stream().map(ReferralSummary::id).toList();
    }
}
