package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.HANDWRITTEN_CARD;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.domain.PlaybookTest.one;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.NEW_YORK_ZONE;
import static org.referraldesk.testing.TypicalClocks.SANTIAGO_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.ReferralBuilder;
import org.referraldesk.testing.TypicalClocks;
import org.referraldesk.testing.TypicalContacts;

/**
 * Follow-ups come from stored instants: daylight saving, a time-zone change or the day the clock
 * shows never move them. Hours are elapsed time; days are calendar days at the same local time,
 * and a skipped local time moves forward by the gap (see {@link DueOffset}).
 */
class PlaybookTimeZoneTest {

    private final PartnerSettings anna = new PartnerSettingsBuilder().build();

    // --- Berlin: the clocks jump from 02:00 to 03:00 on 2026-03-29 ---

    @Test
    void theBerlinSpringChangeIsAGapFromTwoToThree() {
        ZoneOffsetTransition t = transitionAt("2026-03-29T02:00", BERLIN_ZONE);
        assertTrue(t.isGap());
        assertEquals(Duration.ofHours(1), t.getDuration());
    }

    @Test
    void the24HourFollowUpsAreTwentyFourRealHoursLaterAcrossTheSpringChange() {
        Instant received = instantAt("2026-03-29T01:30", BERLIN_ZONE);
        List<FollowUp> out = playbookIn(BERLIN_ZONE).onRecorded(new ReferralBuilder().receivedAt(received).build());
        for (FollowUpKind kind : List.of(RESPOND_TO_CLIENT, THANK_REFERRER)) {
            Instant due = one(out, kind).dueAt();
            assertEquals(Duration.ofHours(24), Duration.between(received, due), kind.name());
            assertEquals(LocalDateTime.parse("2026-03-30T02:30"), local(due, BERLIN_ZONE), kind.name());
        }
    }

    @Test
    void theCardIsThreeCalendarDaysLaterAtTheSameLocalTimeAcrossTheSpringChange() {
        Instant received = instantAt("2026-03-29T01:30", BERLIN_ZONE);
        FollowUp card = one(playbookIn(BERLIN_ZONE).onRecorded(new ReferralBuilder().receivedAt(received).build()),
                HANDWRITTEN_CARD);
        assertEquals(LocalDateTime.parse("2026-04-01T01:30"), local(card.dueAt(), BERLIN_ZONE));
        assertEquals(Duration.ofHours(3 * 24 - 1), Duration.between(received, card.dueAt()));
    }

    @Test
    void aCheckInFallingOnTheAutumnChangeInBerlinIsDueOnceAtTheEarlierOfTheTwoTimes() {
        assertTrue(transitionAt("2026-10-25T02:30", BERLIN_ZONE).isOverlap());
        Instant touched = instantAt("2026-04-26T02:30", BERLIN_ZONE);
        Instant due = checkIn(BERLIN_ZONE, touched);
        assertEquals(ZonedDateTime.ofStrict(LocalDateTime.parse("2026-10-25T02:30"), ZoneOffset.ofHours(2), BERLIN_ZONE)
                .toInstant(), due);
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), due);
    }

    // --- New York: the clocks jump from 02:00 to 03:00 on 2026-03-08 ---

    @Test
    void theNewYorkSpringChangeIsAGapFromTwoToThreeOnMarchTheEighth() {
        assertTrue(transitionAt("2026-03-08T02:00", NEW_YORK_ZONE).isGap());
    }

    @Test
    void aNewYorkCheckInDueAtASkippedTimeIsDueOnceAnHourLaterThatMorning() {
        Instant touched = instantAt("2025-09-07T02:30", NEW_YORK_ZONE);
        Instant due = checkIn(NEW_YORK_ZONE, touched);
        assertEquals(LocalDateTime.parse("2026-03-08T03:30"), local(due, NEW_YORK_ZONE));
        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), due);
    }

    @Test
    void aNewYorkCheckInOnTheSpringChangeDayKeepsItsLocalTimeWhenItExists() {
        Instant touched = instantAt("2025-09-07T09:00", NEW_YORK_ZONE);
        assertEquals(LocalDateTime.parse("2026-03-08T09:00"), local(checkIn(NEW_YORK_ZONE, touched), NEW_YORK_ZONE));
    }

    // --- Santiago: Chile goes back an hour on 2026-04-05 and forward on 2026-09-06 (at midnight) ---

    @Test
    void chileChangesItsClocksAtMidnightInAprilAndSeptember2026() {
        ZoneOffsetTransition autumn = transitionAt("2026-04-04T23:30", SANTIAGO_ZONE);
        ZoneOffsetTransition spring = transitionAt("2026-09-06T00:30", SANTIAGO_ZONE);
        assertTrue(autumn.isOverlap());
        assertEquals(LocalDateTime.parse("2026-04-05T00:00"), autumn.getDateTimeBefore());
        assertTrue(spring.isGap());
        assertEquals(LocalDateTime.parse("2026-09-06T00:00"), spring.getDateTimeBefore());
    }

    @Test
    void aSantiagoCheckInDueAtTheSkippedMidnightHourIsDueOnceAnHourLater() {
        Instant touched = instantAt("2026-03-08T00:30", SANTIAGO_ZONE);
        Instant due = checkIn(SANTIAGO_ZONE, touched);
        assertEquals(LocalDateTime.parse("2026-09-06T01:30"), local(due, SANTIAGO_ZONE));
        assertEquals(Instant.parse("2026-09-06T04:30:00Z"), due);
    }

    @Test
    void aSantiagoCheckInDueInTheRepeatedHourIsDueOnceAtTheEarlierTime() {
        Instant touched = instantAt("2025-10-04T23:30", SANTIAGO_ZONE);
        Instant due = checkIn(SANTIAGO_ZONE, touched);
        assertEquals(LocalDateTime.parse("2026-04-04T23:30"), local(due, SANTIAGO_ZONE));
        assertEquals(Instant.parse("2026-04-05T02:30:00Z"), due);
    }

    // --- a zone change does not move a stored instant ---

    @Test
    void theLaptopMovingToAnotherZoneDoesNotMoveThe24HourFollowUps() {
        Referral referral = new ReferralBuilder().receivedAt(instantAt("2026-03-29T01:30", BERLIN_ZONE)).build();
        List<FollowUp> inBerlin = playbookIn(BERLIN_ZONE).onRecorded(referral);
        for (ZoneId elsewhere : List.of(NEW_YORK_ZONE, SANTIAGO_ZONE, ZoneOffset.UTC, ZoneId.of("Asia/Kolkata"))) {
            List<FollowUp> there = new Playbook(PlaybookSettings.defaults(),
                    TypicalClocks.sameInstantIn(TypicalClocks.BERLIN, elsewhere)).onRecorded(referral);
            for (FollowUpKind kind : List.of(RESPOND_TO_CLIENT, THANK_REFERRER)) {
                assertEquals(one(inBerlin, kind).dueAt(), one(there, kind).dueAt(), kind + " in " + elsewhere);
            }
        }
    }

    @Test
    void aCheckInIsCountedFromTheStoredTouchNotFromWhenTheMachineWokeUp() {
        Instant touched = instantAt("2026-01-05T10:00", BERLIN_ZONE);
        PartnerActivity activity = new PartnerActivity(TypicalContacts.ANNA_ID, 1, null, touched);
        Instant beforeSleep = new Playbook(PlaybookSettings.defaults(), TypicalClocks.BERLIN)
                .heroCheckIn(activity, anna).orElseThrow().dueAt();
        Instant afterSleep = new Playbook(PlaybookSettings.defaults(),
                Clock.fixed(Instant.parse("2026-12-24T18:00:00Z"), BERLIN_ZONE)).heroCheckIn(activity, anna)
                .orElseThrow().dueAt();
        assertEquals(beforeSleep, afterSleep);
    }

    // --- helpers ---

    private static Playbook playbookIn(ZoneId zone) {
        return new Playbook(PlaybookSettings.defaults(), TypicalClocks.fixedAt(TypicalClocks.TYPICAL_NOW, zone));
    }

    private Instant checkIn(ZoneId zone, Instant lastTouch) {
        PartnerActivity activity = new PartnerActivity(TypicalContacts.ANNA_ID, 1, lastTouch.minusSeconds(86_400),
                lastTouch);
        return playbookIn(zone).heroCheckIn(activity, anna).orElseThrow().dueAt();
    }

    private static ZoneOffsetTransition transitionAt(String isoLocal, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(LocalDateTime.parse(isoLocal));
        assertTrue(t != null, () -> isoLocal + " is no daylight-saving change in " + zone);
        return t;
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
