package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/**
 * Saturday 2026-03-28, 09:00 in Berlin: the clocks go forward tomorrow night, so tomorrow has 23
 * hours and "the next seven days" end an hour earlier than seven times 24 hours would say.
 */
class TodayTest {
    private static final Clock SATURDAY = TypicalClocks.fixedAt("2026-03-28T09:00", BERLIN_ZONE);
    private static final Clock DST_SUNDAY = TypicalClocks.fixedAt("2026-03-29T09:00", BERLIN_ZONE);

    @TempDir
    Path dir;
    private TempDesk desk;
    private long anna;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.in(tx -> tx.contacts().insert(Contact.named("Anna Keller", null), TempDesk.NOW));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void followUpsAreSplitByLocalDayIntoOverdueTodayAndTheNextSevenDays() {
        long yesterday = due("2026-03-27T09:00");
        long thisMorning = due("2026-03-28T08:30");
        long tonight = due("2026-03-28T23:59");
        long midnight = due("2026-03-29T00:00");
        long dstNight = due("2026-03-29T23:30");
        long lastDay = due("2026-04-04T23:30");
        due("2026-04-05T00:30");

        Agenda agenda = new Today(desk.store(), SATURDAY).agenda();

        assertEquals(List.of(yesterday, thisMorning), ids(agenda.overdue()));
        assertEquals(List.of(tonight), ids(agenda.dueToday()));
        assertEquals(List.of(midnight, dstNight, lastDay), ids(agenda.nextWeek()),
                "the week ends at local midnight after the 4th of April, not 8 x 24 hours after today began");
        assertEquals(2, agenda.overdueCount());
        assertEquals(1, agenda.dueTodayCount());
        assertEquals(3, agenda.nextWeekCount());
    }

    @Test
    void onTheDayTheClocksGoForwardTodayEndsAtLocalMidnightAfter23Hours() {
        long lateTonight = due("2026-03-29T23:30");
        long justAfterMidnight = due("2026-03-30T00:30");

        Agenda agenda = new Today(desk.store(), DST_SUNDAY).agenda();

        assertEquals(List.of(lateTonight), ids(agenda.dueToday()));
        assertEquals(List.of(justAfterMidnight), ids(agenda.nextWeek()));
    }

    @Test
    void overdueByMoreThanADayIsMarkedLongOverdue() {
        due("2026-03-27T08:59");
        due("2026-03-27T09:30");

        Agenda agenda = new Today(desk.store(), SATURDAY).agenda();

        assertTrue(agenda.isLongOverdue(agenda.overdue().get(0)));
        assertFalse(agenda.isLongOverdue(agenda.overdue().get(1)), "23.5 hours late is not yet more than a day");
    }

    @Test
    void aSnoozedFollowUpMovesToTheSectionOfItsNewTimeAndLeavesWhenSnoozedBeyondTheWeek() {
        long late = due("2026-03-28T08:00");
        long soon = due("2026-03-28T18:00");
        FollowUps followUps = new FollowUps(desk.store(), SATURDAY);

        followUps.snooze(late, at("2026-03-30T08:00"));
        followUps.snooze(soon, at("2026-04-06T08:00"));
        Agenda agenda = new Today(desk.store(), SATURDAY).agenda();

        assertEquals(List.of(), agenda.overdue());
        assertEquals(List.of(), agenda.dueToday());
        assertEquals(List.of(late), ids(agenda.nextWeek()));
        assertFalse(agenda.nothingDue());
    }

    @Test
    void doneAndSkippedFollowUpsVanish() {
        long done = due("2026-03-27T09:00");
        long skipped = due("2026-03-28T12:00");
        long open = due("2026-03-30T12:00");
        FollowUps followUps = new FollowUps(desk.store(), SATURDAY);

        followUps.complete(done, null);
        followUps.skip(skipped, "Spoke to her at the fair");
        Agenda agenda = new Today(desk.store(), SATURDAY).agenda();

        assertEquals(0, agenda.overdueCount());
        assertEquals(0, agenda.dueTodayCount());
        assertEquals(List.of(open), ids(agenda.nextWeek()));
    }

    @Test
    void aDeskWithoutStoriesHasNothingDueAndSaysItIsEmpty() {
        Agenda agenda = new Today(desk.store(), SATURDAY).agenda();

        assertTrue(agenda.nothingDue());
        assertTrue(agenda.emptyDesk());
    }

    @Test
    void aRecordedReferralMakesTheDeskNotEmptyAndPutsItsFirstStepsOnToday() {
        desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN);

        Agenda agenda = new Today(desk.store(), TempDesk.CLOCK).agenda();

        assertFalse(agenda.emptyDesk());
        assertEquals(List.of(FollowUpKind.RESPOND_TO_CLIENT, FollowUpKind.THANK_REFERRER),
                agenda.dueToday().stream().map(FollowUpLine::kind).toList(), "24 hours after it came in: 14:00 today");
        assertEquals(List.of(FollowUpKind.HANDWRITTEN_CARD),
                agenda.nextWeek().stream().map(FollowUpLine::kind).toList());
    }

    private long due(String localBerlin) {
        FollowUp followUp = FollowUp.planned(FollowUpKind.THANK_REFERRER, at(localBerlin), anna, null, null);
        return desk.in(tx -> tx.followUps().insert(followUp));
    }

    private static Instant at(String localBerlin) {
        return instantAt(localBerlin, BERLIN_ZONE);
    }

    private static List<Long> ids(List<FollowUpLine> lines) {
        return lines.stream().map(FollowUpLine::id).toList();
    }
}
