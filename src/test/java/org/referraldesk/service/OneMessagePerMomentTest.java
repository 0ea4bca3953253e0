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
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.testing.TempDesk;

/** A story has at most one open piece of news for its referrer: a later move brings it up to date. */
class OneMessagePerMomentTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Referrals referrals;
    private long id;
    private Instant step = RECEIVED;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        referrals = desk.referrals();
        id = referrals.record(ANNA_SENDS_BEN).referral().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aStoryMovedThroughEveryStageToWonHasAtMostOneOpenUpdateAtAnyMoment() {
        assertNews(0);
        for (Stage stage : List.of(Stage.CONTACTED, Stage.MEETING_BOOKED, Stage.MET, Stage.PROPOSAL_SENT)) {
            referrals.move(id, stage, next(), null);
            assertTrue(open(UPDATE_REFERRER).size() <= 1, stage + ": " + open(UPDATE_REFERRER));
        }
        assertNews(1);
        Instant won = next();
        StageMove closed = referrals.close(id, new Outcome.Won(new BigDecimal("4000"), new BigDecimal("1500")),
                won, null);
        assertEquals(List.of(UPDATE_REFERRER), kinds(open(UPDATE_REFERRER)));
        assertEquals(won.plus(Duration.ofDays(2)), open(UPDATE_REFERRER).get(0).dueAt(),
                "the update is due two days after the win, not after the meeting");
        assertEquals(open(UPDATE_REFERRER).get(0), closed.newsAfter());
        assertTrue(closed.created().stream().noneMatch(f -> f.kind() == UPDATE_REFERRER));
    }

    @Test
    void notAFitMakesTheOpenUpdateTheExplanationWrittenFromTheNotAFitTemplate() {
        referrals.move(id, Stage.CONTACTED, next(), null);
        referrals.move(id, Stage.MEETING_BOOKED, next(), null);
        long update = open(UPDATE_REFERRER).get(0).id();
        Instant ended = next();
        referrals.close(id, new Outcome.NotAFit("We do not do roofs", "Dach & Co"), ended, null);

        assertEquals(List.of(), open(UPDATE_REFERRER));
        List<FollowUp> explanations = open(EXPLAIN_NOT_A_FIT);
        assertEquals(1, explanations.size());
        assertEquals(update, explanations.get(0).id(), "the same message, not a second one the same day");
        assertEquals(ended.plus(Duration.ofDays(2)), explanations.get(0).dueAt());
        assertEquals(TemplateKind.NOT_A_FIT_EXPLANATION, Templates.templateFor(explanations.get(0).kind()).orElseThrow());
        assertTrue(new Templates(desk.store()).compose(update).body().contains("roofs"));
    }

    @Test
    void reopeningAndClosingAgainNeverPilesUpMessagesForTheReferrer() {
        referrals.move(id, Stage.CONTACTED, next(), null);
        referrals.move(id, Stage.MEETING_BOOKED, next(), null);
        referrals.close(id, new Outcome.NotAFit("We do not do roofs", null), next(), null);
        assertNews(1);
        desk.services().stories().reopen(id, "They want the gutters done too", next());
        assertNews(0);
        referrals.move(id, Stage.MET, next(), null);
        assertNews(0);
        referrals.close(id, new Outcome.NotAFit("Still roofs", null), next(), null);
        assertNews(1);
        desk.services().stories().reopen(id, "Changed their mind", next());
        referrals.close(id, new Outcome.Won(new BigDecimal("900"), new BigDecimal("300")), next(), null);
        assertNews(1);
        assertEquals(1, open(UPDATE_REFERRER).size());
    }

    private Instant next() {
        step = step.plus(Duration.ofMinutes(30));
        return step;
    }

    /** Exactly {@code expected} open messages to the referrer about this story (update or explanation). */
    private void assertNews(int expected) {
        List<FollowUp> news = referrals.followUps(id).stream().filter(f -> f.isOpen() && f.kind().isNewsForReferrer())
                .toList();
        assertEquals(expected, news.size(), news.toString());
    }

    private List<FollowUp> open(FollowUpKind kind) {
        return referrals.followUps(id).stream().filter(f -> f.isOpen() && f.kind() == kind).toList();
    }

    private static List<FollowUpKind> kinds(List<FollowUp> followUps) {
        return followUps.stream().map(FollowUp::kind).toList();
    }
}
