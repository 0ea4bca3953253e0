package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.HANDWRITTEN_CARD;
import static org.referraldesk.domain.FollowUpKind.HERO_CHECK_IN;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.testing.TempDesk.NOW;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

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
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.TempDesk;

/** Anna sent us Ben last August; everything the playbook asked for since is overdue, her check-in too. */
class FollowUpsTest {
    private static final Instant LAST_AUGUST = instantAt("2025-08-01T09:00", BERLIN_ZONE);

    @TempDir
    Path dir;
    private TempDesk desk;
    private FollowUps followUps;
    private long anna;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        followUps = desk.followUps();
        RecordedReferral recorded = desk.referrals().record(ANNA_SENDS_BEN.receivedAt(LAST_AUGUST));
        anna = recorded.referral().referrerId();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theDueListShowsEverythingOpenTheLongestOverdueFirst() {
        List<FollowUpLine> due = followUps.dueAt(NOW);
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER, HANDWRITTEN_CARD, HERO_CHECK_IN),
                due.stream().map(FollowUpLine::kind).toList());
        assertEquals(instantAt("2026-01-30T09:00", BERLIN_ZONE), due.get(3).dueAt());
        assertEquals(due, followUps.dueAt(null), "no time means now");
    }

    @Test
    void restoreUndoesADoneOrASkipAndItsStoryIsDueAgain() {
        FollowUp open = desk.followUps().find(desk.followUps().dueAt(NOW.plus(Duration.ofDays(30))).get(0).id());
        desk.followUps().complete(open.id(), null);
        desk.followUps().restore(open);
        assertEquals(open, desk.followUps().find(open.id()));
        desk.followUps().skip(open.id(), "Spoke on the phone");
        desk.followUps().restore(open);
        assertEquals(open, desk.followUps().find(open.id()));
        assertTrue(desk.followUps().dueAt(NOW.plus(Duration.ofDays(30))).stream()
                .anyMatch(line -> line.id() == open.id()));
    }

    @Test
    void undoingADoneThankYouTakesBackItsTouchAndTheCheckInIsDueAsBefore() {
        FollowUp thank = followUps.find(idOf(THANK_REFERRER));
        Instant checkInBefore = desk.followUps().dueAt(NOW).stream().filter(l -> l.kind() == HERO_CHECK_IN)
                .findFirst().orElseThrow().dueAt();
        followUps.complete(thank.id(), null);
        assertEquals(1, desk.partners().touches(anna).size(), "the thank-you counted as a touch");

        followUps.restore(thank);

        assertEquals(List.of(), desk.partners().touches(anna), "the undone Done logged no touch after all");
        List<FollowUpLine> checkIns = desk.followUps().dueAt(NOW).stream().filter(l -> l.kind() == HERO_CHECK_IN)
                .toList();
        assertEquals(1, checkIns.size());
        assertEquals(checkInBefore, checkIns.get(0).dueAt(), "the check-in clock is back where it was");
    }

    @Test
    void undoingADoneCheckInLeavesOneOpenCheckInAndNoTouch() {
        FollowUp checkIn = desk.in(tx -> tx.followUps().openOfKind(anna, HERO_CHECK_IN)).get(0);
        followUps.complete(checkIn.id(), null);

        followUps.restore(checkIn);

        assertEquals(List.of(checkIn), desk.in(tx -> tx.followUps().openOfKind(anna, HERO_CHECK_IN)));
        assertEquals(List.of(), desk.partners().touches(anna));
    }

    @Test
    void restoringNothingIsRefused() {
        InvalidInput refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> desk.followUps().restore(null));
        assertEquals("There is nothing to undo.", refused.ownersMessage());
    }

    @Test
    void aCompletedFollowUpLeavesTheDueListAndKeepsWhenItWasDone() {
        long respond = idOf(RESPOND_TO_CLIENT);
        Instant done = NOW.minus(Duration.ofHours(1));
        followUps.complete(respond, done);
        assertEquals(done, followUps.find(respond).doneAt());
        assertFalse(followUps.dueAt(NOW).stream().anyMatch(f -> f.id() == respond));
        assertEquals(3, desk.count(tx -> tx.followUps().countOpen()));
    }

    @Test
    void completingWithoutATimeMeansNow() {
        long thank = idOf(THANK_REFERRER);
        followUps.complete(thank, null);
        assertEquals(NOW, followUps.find(thank).doneAt());
    }

    @Test
    void aSnoozedFollowUpLeavesTheDueListAndComesBackAtTheSnoozeTime() {
        long card = idOf(HANDWRITTEN_CARD);
        Instant until = NOW.plus(Duration.ofHours(3));
        followUps.snooze(card, until);
        assertFalse(followUps.dueAt(NOW).stream().anyMatch(f -> f.id() == card));
        FollowUpLine back = followUps.dueAt(until).stream().filter(f -> f.id() == card).findFirst().orElseThrow();
        assertEquals(until, back.effectiveDueAt());
        assertEquals(instantAt("2025-08-04T09:00", BERLIN_ZONE), followUps.find(card).dueAt(), "first due time kept");
    }

    @Test
    void aSkippedFollowUpLeavesTheDueListWithItsReason() {
        long card = idOf(HANDWRITTEN_CARD);
        followUps.skip(card, "  Thanked her in person  ");
        FollowUp skipped = followUps.find(card);
        assertEquals(List.of(NOW, "Thanked her in person"), List.of(skipped.skippedAt(), skipped.skipReason()));
        assertFalse(followUps.dueAt(NOW.plus(Duration.ofDays(365))).stream().anyMatch(f -> f.id() == card));
    }

    @Test
    void completingTheThankYouCountsAsAnEmailAndMovesThePartnersNextCheckIn() {
        long thank = idOf(THANK_REFERRER);
        long checkIn = idOf(HERO_CHECK_IN);
        assertEquals(instantAt("2026-01-30T09:00", BERLIN_ZONE), followUps.find(checkIn).dueAt());
        followUps.complete(thank, null);
        List<Touch> touches = desk.partners().touches(anna);
        assertEquals(List.of(TouchKind.EMAIL, NOW, "Thank the referrer"),
                List.of(touches.get(0).kind(), touches.get(0).at(), touches.get(0).note()));
        assertEquals(instantAt("2026-09-08T09:00", BERLIN_ZONE), followUps.find(checkIn).dueAt(),
                "the check-in clock starts again from the thank-you");
    }

    @Test
    void answeringTheClientIsNoTouchWithThePartner() {
        followUps.complete(idOf(RESPOND_TO_CLIENT), null);
        assertEquals(List.of(), desk.partners().touches(anna));
    }

    @Test
    void completingAHeroCheckInLogsATouchAndPlansTheNextCheckIn() {
        long checkIn = idOf(HERO_CHECK_IN);
        followUps.complete(checkIn, null);
        List<Touch> touches = desk.partners().touches(anna);
        assertEquals(1, touches.size());
        assertEquals(List.of(TouchKind.CALL, NOW), List.of(touches.get(0).kind(), touches.get(0).at()));
        List<FollowUp> next = desk.in(tx -> tx.followUps().openOfKind(anna, HERO_CHECK_IN));
        assertEquals(1, next.size());
        assertNotEquals(checkIn, next.get(0).id());
        assertEquals(instantAt("2026-09-08T09:00", BERLIN_ZONE), next.get(0).dueAt());
    }

    @Test
    void anUnknownFollowUpIsNotFound() {
        String message = "No follow-up with id 999.";
        desk.assertRefused(NotFound.class, message, () -> followUps.complete(999, null));
        desk.assertRefused(NotFound.class, message, () -> followUps.snooze(999, NOW.plus(Duration.ofDays(1))));
        desk.assertRefused(NotFound.class, message, () -> followUps.skip(999, "Not needed"));
        desk.assertRefused(NotFound.class, message, () -> followUps.find(999));
    }

    @Test
    void aDoneFollowUpCannotBeDoneSnoozedOrSkippedAgain() {
        long respond = idOf(RESPOND_TO_CLIENT);
        followUps.complete(respond, null);
        String message = "Follow-up " + respond + " is already done.";
        desk.assertRefused(message, () -> followUps.complete(respond, null));
        desk.assertRefused(message, () -> followUps.snooze(respond, NOW.plus(Duration.ofDays(1))));
        desk.assertRefused(message, () -> followUps.skip(respond, "Changed my mind"));
    }

    @Test
    void aSkippedFollowUpCannotBeCompleted() {
        long card = idOf(HANDWRITTEN_CARD);
        followUps.skip(card, "No cards this year");
        desk.assertRefused("Follow-up " + card + " is already skipped.", () -> followUps.complete(card, null));
    }

    @Test
    void aSnoozeMustEndInTheFuture() {
        long card = idOf(HANDWRITTEN_CARD);
        desk.assertRefused("Snooze until a time in the future.", () -> followUps.snooze(card, NOW.minus(Duration.ofMinutes(1))));
        desk.assertRefused("Snooze until a time in the future.", () -> followUps.snooze(card, NOW));
        desk.assertRefused("Snooze until a time in the future.", () -> followUps.snooze(card, null));
    }

    @Test
    void skippingNeedsAReason() {
        long card = idOf(HANDWRITTEN_CARD);
        desk.assertRefused("The reason for skipping must not be blank.", () -> followUps.skip(card, " "));
        desk.assertRefused("The reason for skipping must not be blank.", () -> followUps.skip(card, null));
    }

    @Test
    void somethingCannotBeDoneInTheFuture() {
        long checkIn = idOf(HERO_CHECK_IN);
        desk.assertRefused("The time it was done cannot be in the future.",
                () -> followUps.complete(checkIn, NOW.plus(Duration.ofMinutes(5))));
    }

    private long idOf(FollowUpKind kind) {
        return followUps.dueAt(NOW).stream().filter(f -> f.kind() == kind).findFirst().orElseThrow().id();
    }
}
