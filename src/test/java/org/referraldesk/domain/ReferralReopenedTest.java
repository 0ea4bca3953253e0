package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referraldesk.testing.TypicalReferrals;

/** An ended story leaves its end only by an explicit reopening, back to where it stood before it ended. */
class ReferralReopenedTest {
    private static final Instant T = Instant.parse("2026-01-12T14:00:00Z");

    @Test
    void aWonStoryGoesBackToItsLastOpenStageWithItsOutcomeCleared() {
        Referral won = TypicalReferrals.CARLA_SENDS_EMMA_WON;
        Referral reopened = won.reopened(timeline(Stage.RECEIVED, Stage.CONTACTED, Stage.MET, Stage.WON));
        assertEquals(new Referral(won.id(), won.referrerId(), won.clientId(), won.channel(), won.need(),
                won.receivedAt(), won.estimatedValue(), Stage.MET, null, null, null, null, null), reopened);
    }

    @Test
    void aStoryReopenedBeforeGoesBackToWhereItWasTakenSinceThen() {
        Referral notAFit = TypicalReferrals.CARLA_SENDS_BEN_NOT_A_FIT;
        List<StoryEvent> timeline = timeline(Stage.RECEIVED, Stage.CONTACTED, Stage.LOST, Stage.CONTACTED,
                Stage.MEETING_BOOKED, Stage.NOT_A_FIT);
        Referral reopened = notAFit.reopened(timeline);
        assertEquals(Stage.MEETING_BOOKED, reopened.stage());
        assertNull(reopened.closeReason());
        assertNull(reopened.onwardTo());
        assertNull(reopened.closedAt());
    }

    @Test
    void withoutATimelineAStoryGoesBackToTheBeginning() {
        assertEquals(Stage.RECEIVED, TypicalReferrals.ANNA_SENDS_EMMA_LOST.reopened(List.of()).stage());
    }

    @Test
    void anOpenStoryCannotBeReopened() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> TypicalReferrals.ANNA_SENDS_DAVID.reopened(timeline(Stage.RECEIVED, Stage.MET)));
        assertEquals("This story has not ended (met); only a won, not-a-fit or lost story can be reopened.",
                refused.getMessage());
        assertEquals("stage", refused.field());
    }

    private static List<StoryEvent> timeline(Stage... stages) {
        List<StoryEvent> events = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            events.add(new StoryEvent(i + 1, 3, T.plusSeconds(3600L * i), stages[i], null, null));
        }
        return events;
    }
}
