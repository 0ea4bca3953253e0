package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.EXPLAIN_NOT_A_FIT;
import static org.referraldesk.domain.FollowUpKind.UPDATE_REFERRER;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.RECEIVED;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.testing.TempDesk;

/** A stage move can be taken back while it is the story's last step. */
class StageMoveUndoTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Referrals referrals;
    private long id;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        referrals = desk.referrals();
        id = referrals.record(ANNA_SENDS_BEN).referral().id();
        referrals.move(id, Stage.CONTACTED, at(1), null);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void undoingAMovePutsTheStoryBackAndTakesAwayTheStepAndTheUpdateItPlanned() {
        Referral before = referrals.find(id);
        List<StoryEvent> timeline = referrals.timeline(id);
        List<FollowUp> followUps = referrals.followUps(id);
        StageMove move = referrals.move(id, Stage.MEETING_BOOKED, at(2), "Thursday");

        Referral back = referrals.undo(move);

        assertEquals(before, back);
        assertEquals(before, referrals.find(id));
        assertEquals(timeline, referrals.timeline(id));
        assertEquals(followUps, referrals.followUps(id));
    }

    @Test
    void undoingAnEndingRestoresTheUpdateItChangedAndRemovesWhatItAdded() {
        referrals.move(id, Stage.MEETING_BOOKED, at(2), null);
        Referral before = referrals.find(id);
        List<FollowUp> followUps = referrals.followUps(id);
        StageMove ended = referrals.close(id, new Outcome.NotAFit("We do not do roofs", "Dach & Co"), at(3), null);
        assertEquals(EXPLAIN_NOT_A_FIT, ended.newsAfter().kind());

        referrals.undo(ended);

        assertEquals(before, referrals.find(id));
        assertEquals(followUps, referrals.followUps(id));
        assertEquals(UPDATE_REFERRER, referrals.followUps(id).stream().filter(f -> f.kind().isNewsForReferrer())
                .findFirst().orElseThrow().kind());
        assertEquals(0, desk.count(tx -> tx.referralsGiven().count()), "the onward referral is taken back too");
    }

    @Test
    void aFollowUpTheOwnerAlreadyWorkedOnStaysWhenTheMoveIsUndone() {
        StageMove won = referrals.close(id, new Outcome.Won(new BigDecimal("4000"), new BigDecimal("1500")), at(2),
                null);
        FollowUp gift = won.created().stream().filter(f -> f.kind() == org.referraldesk.domain.FollowUpKind.GIFT)
                .findFirst().orElseThrow();
        desk.followUps().snooze(gift.id(), TempDesk.NOW.plus(Duration.ofDays(30)));

        referrals.undo(won);

        assertEquals(Stage.CONTACTED, referrals.find(id).stage());
        List<FollowUp> left = referrals.followUps(id);
        assertTrue(left.stream().anyMatch(f -> f.id() == gift.id()), left.toString());
        assertTrue(left.stream().noneMatch(f -> f.kind() == UPDATE_REFERRER), left.toString());
    }

    @Test
    void aMoveIsNoLongerUndoneOnceTheStoryHasMovedOn() {
        StageMove booked = referrals.move(id, Stage.MEETING_BOOKED, at(2), null);
        referrals.move(id, Stage.MET, at(3), null);
        List<StoryEvent> timeline = referrals.timeline(id);

        desk.assertRefused("This move can no longer be undone: the story has changed since.",
                () -> referrals.undo(booked));

        assertEquals(Stage.MET, referrals.find(id).stage());
        assertEquals(timeline, referrals.timeline(id));
    }

    private static Instant at(int step) {
        return RECEIVED.plus(Duration.ofMinutes(30L * step));
    }
}
