package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.CLIENT_CALLBACK;
import static org.referraldesk.domain.FollowUpKind.EXPLAIN_NOT_A_FIT;
import static org.referraldesk.domain.FollowUpKind.GIFT;
import static org.referraldesk.domain.FollowUpKind.PUBLIC_THANKS;
import static org.referraldesk.domain.FollowUpKind.UPDATE_REFERRER;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.RECEIVED;
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
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.testing.TempDesk;

/** Anna's referral of Ben came in yesterday at 14:00 (Berlin); we met him at 17:00 the same day. */
class StoriesTest {
    private static final Instant CONTACTED = RECEIVED.plus(Duration.ofHours(1));
    private static final Instant MET = RECEIVED.plus(Duration.ofHours(3));
    private static final Instant ENDED = RECEIVED.plus(Duration.ofHours(4));

    @TempDir
    Path dir;
    private TempDesk desk;
    private Referrals referrals;
    private Stories stories;
    private long id;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        referrals = desk.referrals();
        stories = new Stories(desk.store(), referrals);
        id = referrals.record(ANNA_SENDS_BEN).referral().id();
        referrals.move(id, Stage.CONTACTED, CONTACTED, "Called Ben back");
        referrals.move(id, Stage.MET, MET, null);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aStoryIsReadWholeWithItsPeopleTimelineAndFollowUps() {
        Story story = stories.load(id);
        assertEquals(referrals.find(id), story.referral());
        assertEquals("Anna Keller", story.referrer().name());
        assertEquals("anna@keller.example", story.referrer().email());
        assertEquals("Ben Okafor", story.client().name());
        assertEquals("+49 170 5550101", story.client().phone());
        assertEquals(referrals.timeline(id), story.timeline());
        assertEquals(List.of(Stage.RECEIVED, Stage.CONTACTED, Stage.MET), stages(story.timeline()));
        assertEquals("Called Ben back", story.timeline().get(1).note());
        assertEquals(referrals.followUps(id), story.followUps());
        assertFalse(story.hasEnded());
        assertEquals(Optional.of(Stage.PROPOSAL_SENT), story.nextStage());
    }

    @Test
    void afterTheProposalOnlyAnOutcomeFollowsAndAnEndedStoryHasNoNextStage() {
        referrals.move(id, Stage.PROPOSAL_SENT, MET, null);
        assertEquals(Optional.empty(), stories.load(id).nextStage());
        referrals.close(id, new Outcome.Lost("Chose a cheaper offer"), ENDED, null);
        Story ended = stories.load(id);
        assertTrue(ended.hasEnded());
        assertEquals(Optional.empty(), ended.nextStage());
    }

    @Test
    void aStoryThatDoesNotExistIsNotFound() {
        NotFound missing = assertThrows(NotFound.class, () -> stories.load(999));
        assertEquals("No referral with id 999.", missing.getMessage());
    }

    @Test
    void reopeningAWonStoryTakesItBackToWhereItStoodClearsTheOutcomeAndSetsTheGiftAside() {
        referrals.close(id, new Outcome.Won(new BigDecimal("5000"), new BigDecimal("2000")), ENDED, null);

        List<FollowUp> setAside = stories.reopen(id, " The client cancelled the order ", null);

        Referral reopened = referrals.find(id);
        assertEquals(Stage.MET, reopened.stage());
        assertNull(reopened.revenue());
        assertNull(reopened.profit());
        assertNull(reopened.closedAt());
        StoryEvent last = lastEvent();
        assertEquals(new StoryEvent(last.id(), id, NOW, Stage.MET, "The client cancelled the order", null), last);
        assertEquals(List.of(PUBLIC_THANKS, GIFT), kinds(setAside));
        for (FollowUp skipped : setAside) {
            assertEquals(NOW, skipped.skippedAt());
            assertEquals("Story reopened: The client cancelled the order", skipped.skipReason());
            assertEquals(skipped, desk.followUps().find(skipped.id()));
        }
        assertTrue(open(UPDATE_REFERRER).size() >= 1, "the referrer still hears how it goes");
    }

    @Test
    void reopeningANotAFitSetsAsideTheExplanationAndTheCallBackButNotWhatIsAlreadyDone() {
        referrals.close(id, new Outcome.NotAFit("We do not install solar panels", "Sonnenschein GmbH"), ENDED, null);
        long thanks = open(PUBLIC_THANKS).get(0).id();
        desk.followUps().complete(thanks, NOW);

        List<FollowUp> setAside = stories.reopen(id, "They want the heating after all", null);

        assertEquals(List.of(EXPLAIN_NOT_A_FIT, CLIENT_CALLBACK), kinds(setAside));
        assertEquals(NOW, desk.followUps().find(thanks).doneAt());
        assertNull(referrals.find(id).onwardTo());
        assertNull(referrals.find(id).closeReason());
    }

    @Test
    void aReopenedStoryMovesOnAndEndsAgain() {
        referrals.close(id, new Outcome.Lost("Chose a cheaper offer"), ENDED, null);
        stories.reopen(id, "The cheaper offer fell through", ENDED.plusSeconds(60));
        referrals.move(id, Stage.PROPOSAL_SENT, ENDED.plusSeconds(120), null);
        List<FollowUp> created = referrals.close(id,
                new Outcome.Won(new BigDecimal("4000"), new BigDecimal("1500")), ENDED.plusSeconds(180), null)
                .followUps();
        assertEquals(new BigDecimal("150.00"), created.stream().filter(f -> f.kind() == GIFT).findFirst()
                .orElseThrow().amount());
        assertEquals(List.of(Stage.RECEIVED, Stage.CONTACTED, Stage.MET, Stage.LOST, Stage.MET, Stage.PROPOSAL_SENT,
                Stage.WON), stages(referrals.timeline(id)));
    }

    @Test
    void anEndStageIsNotLeftWithoutAReason() {
        referrals.close(id, new Outcome.Lost("Chose a cheaper offer"), ENDED, null);
        desk.assertRefused("The reason for reopening must not be blank.", () -> stories.reopen(id, "  ", null));
        desk.assertRefused("The reason for reopening must not be blank.", () -> stories.reopen(id, null, null));
    }

    @Test
    void onlyAnEndedStoryCanBeReopened() {
        desk.assertRefused("This story has not ended (met); only a won, not-a-fit or lost story can be reopened.",
                () -> stories.reopen(id, "Just in case", null));
        desk.assertRefused(NotFound.class, "No referral with id 999.", () -> stories.reopen(999, "Just in case", null));
    }

    @Test
    void aReopeningIsNeverBeforeTheEndingNorInTheFuture() {
        referrals.close(id, new Outcome.Lost("Chose a cheaper offer"), ENDED, null);
        desk.assertRefused("The time of this step cannot be before the story's last step.",
                () -> stories.reopen(id, "Changed their mind", ENDED.minusSeconds(1)));
        desk.assertRefused("The time of this step cannot be in the future.",
                () -> stories.reopen(id, "Changed their mind", NOW.plusSeconds(1)));
    }

    private StoryEvent lastEvent() {
        List<StoryEvent> timeline = referrals.timeline(id);
        return timeline.get(timeline.size() - 1);
    }

    private List<FollowUp> open(FollowUpKind kind) {
        return referrals.followUps(id).stream().filter(f -> f.kind() == kind && f.isOpen()).toList();
    }

    private static List<FollowUpKind> kinds(List<FollowUp> followUps) {
        return followUps.stream().map(FollowUp::kind).toList();
    }

    private static List<Stage> stages(List<StoryEvent> timeline) {
        return timeline.stream().map(StoryEvent::stage).toList();
    }
}
