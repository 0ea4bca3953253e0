package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.HANDWRITTEN_CARD;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;

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
import org.referraldesk.testing.MutableClock;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/**
 * Ben's story arrives now: answering him is due within a day, thanking Anna soon after. The clock
 * moves by hand; the desk announces each follow-up once, when it falls due.
 */
class RemindersTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private MutableClock clock;
    private Reminders reminders;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        clock = MutableClock.at(TempDesk.CLOCK);
        desk.referrals().record(ANNA_SENDS_BEN.receivedAt(TempDesk.NOW));
        reminders = new Reminders(desk.store(), clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void nothingIsAnnouncedBeforeItIsDue() {
        Announcement first = reminders.check();
        assertTrue(first.isQuiet());
        assertEquals(0, first.overdue());
    }

    @Test
    void aFollowUpDueWhileTheDeskWasClosedIsAnnouncedOnceAtTheNextStart() {
        reminders.check();
        desk.reopen();
        clock.advance(Duration.ofDays(3).plusHours(1));
        Instant respondDue = due(RESPOND_TO_CLIENT);
        assertTrue(respondDue.isBefore(clock.instant()), "answering Ben fell due while the desk was closed");

        Announcement atStart = new Reminders(desk.store(), clock).check();
        assertTrue(kinds(atStart).contains(RESPOND_TO_CLIENT));
        assertEquals(atStart.due().size(), atStart.overdue());

        clock.advance(Duration.ofSeconds(30));
        Announcement next = new Reminders(desk.store(), clock).check();
        assertTrue(next.isQuiet(), "announced once");
        assertEquals(atStart.overdue(), next.overdue(), "still overdue, only not announced again");
    }

    @Test
    void aFollowUpFallingDueWhileTheDeskRunsIsAnnouncedAloneNotAsASummary() {
        clock.advance(Duration.ofDays(2));
        reminders.check();
        Instant cardDue = due(HANDWRITTEN_CARD);
        clock.advance(Duration.between(clock.instant(), cardDue).plusSeconds(20));
        Announcement a = reminders.check();
        assertEquals(List.of(HANDWRITTEN_CARD), kinds(a));
        assertFalse(a.summary());
    }

    @Test
    void aTenHourSleepYieldsOneSummary() {
        clock.advance(Duration.ofHours(15));
        assertTrue(reminders.check().isQuiet(), "answering Ben and thanking Anna are due after 24 hours");
        clock.advance(Duration.ofHours(10));

        Announcement woke = reminders.check();
        assertTrue(woke.due().size() > 1, "several fell due in the night: " + kinds(woke));
        assertTrue(woke.summary());
        assertEquals(Duration.ofHours(10), woke.away());
        assertTrue(reminders.check().isQuiet(), "the summary was the only notice");
    }

    @Test
    void settingTheClockBackAnHourRepeatsNothing() {
        clock.advance(Duration.ofDays(20));
        Announcement first = reminders.check();
        assertFalse(first.isQuiet());

        clock.setBack(Duration.ofHours(1));
        Announcement back = reminders.check();
        assertTrue(back.isQuiet());
        assertEquals(Duration.ZERO, back.away());
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertTrue(reminders.check().isQuiet());
    }

    @Test
    void aSnoozedFollowUpIsAnnouncedAgainWhenItsSnoozeEnds() {
        clock.advance(Duration.ofDays(20));
        reminders.check();
        long thank = idOf(THANK_REFERRER);
        Instant until = clock.instant().plus(Duration.ofHours(2));
        new FollowUps(desk.store(), clock).snooze(thank, until);

        clock.advance(Duration.ofHours(1));
        assertTrue(reminders.check().isQuiet(), "still snoozed");
        clock.advance(Duration.ofHours(1));
        Announcement back = reminders.check();
        assertEquals(List.of(thank), back.due().stream().map(FollowUpLine::id).toList());
        assertEquals(until, back.due().get(0).effectiveDueAt());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(reminders.check().isQuiet());
    }

    @Test
    void aZoneChangeMovesNoInstant() {
        clock.advance(Duration.ofDays(2));
        reminders.check();
        Instant cardDue = due(HANDWRITTEN_CARD);
        clock.advance(Duration.between(clock.instant(), cardDue).minusMinutes(5));
        clock.moveTo(TypicalClocks.NEW_YORK_ZONE);
        assertTrue(reminders.check().isQuiet(), "five minutes early in New York too");
        assertEquals(cardDue, due(HANDWRITTEN_CARD), "the stored due time did not move");

        clock.advance(Duration.ofMinutes(6));
        clock.moveTo(TypicalClocks.SANTIAGO_ZONE);
        Announcement a = reminders.check();
        assertEquals(List.of(HANDWRITTEN_CARD), kinds(a));
        assertEquals(cardDue, a.due().get(0).dueAt());
    }

    @Test
    void manyDueAtOnceMakeOneSummaryEvenWithoutAnAbsence() {
        for (int i = 0; i < 2; i++) {
            desk.referrals().record(ANNA_SENDS_BEN.receivedAt(TempDesk.NOW));
        }
        reminders.check();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Announcement a = reminders.check();
        assertTrue(a.due().size() > Reminders.MOST_ONE_BY_ONE, kinds(a).toString());
        assertTrue(a.summary());
        assertEquals(Duration.ofDays(1).plusMinutes(1), a.away());
    }

    private Instant due(FollowUpKind kind) {
        return desk.in(tx -> tx.followUps().dueBy(TempDesk.NOW.plus(Duration.ofDays(3650))).stream()
                .filter(f -> f.kind() == kind).findFirst().orElseThrow().dueAt());
    }

    private long idOf(FollowUpKind kind) {
        return desk.in(tx -> tx.followUps().dueBy(clock.instant()).stream()
                .filter(f -> f.kind() == kind).findFirst().orElseThrow().id());
    }

    private static List<FollowUpKind> kinds(Announcement a) {
        return a.due().stream().map(FollowUpLine::kind).toList();
    }

    @Test
    void eachCheckPlansThisYearsVipInvitesSoNoScreenHasToBeOpened() {
        VipRoundUp vip = new VipRoundUp(desk.store(), clock);
        assertEquals(List.of(), vip.list(2026));
        reminders.check();
        assertEquals(1, vip.list(2026).size(), "Anna referred this year: she is invited");
        reminders.check();
        assertEquals(1, vip.list(2026).size(), "a second check invites nobody twice");
    }

    @Test
    void theFingerprintOfTheOpenFollowUpsChangesWithEveryDoneSnoozeAndUndo() {
        FollowUps followUps = new FollowUps(desk.store(), clock);
        String before = reminders.openFingerprint();
        long first = followUps.dueAt(TempDesk.NOW.plus(Duration.ofDays(30))).get(0).id();
        FollowUp was = followUps.find(first);
        followUps.snooze(first, TempDesk.NOW.plus(Duration.ofDays(2)));
        String snoozed = reminders.openFingerprint();
        followUps.restore(was);
        assertEquals(before, reminders.openFingerprint(), "undone: as it was");
        followUps.complete(first, null);
        assertNotEquals(before, snoozed);
        assertNotEquals(before, reminders.openFingerprint());
    }
}
