package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TypicalContacts;

class PartnerActivityTest {

    private static final long ANNA = TypicalContacts.ANNA_ID;
    private static final Instant REFERRED = instantAt("2026-01-05T10:00", BERLIN_ZONE);
    private static final Instant TOUCHED = instantAt("2026-02-01T11:00", BERLIN_ZONE);
    private final PartnerSettings everyHalfYear = new PartnerSettingsBuilder().build();

    @Test
    void everyPartnerGetsACheckInHeroOrNot() {
        assertEquals(Optional.of(instantAt("2026-07-06T10:00", BERLIN_ZONE)),
                new PartnerActivity(ANNA, 1, REFERRED, null).nextCheckIn(everyHalfYear, BERLIN_ZONE));
        assertEquals(Optional.of(instantAt("2026-08-02T11:00", BERLIN_ZONE)),
                new PartnerActivity(ANNA, 0, null, TOUCHED).nextCheckIn(everyHalfYear, BERLIN_ZONE));
    }

    @Test
    void theCheckInClockStartsAtTheLaterOfTheLastTouchAndTheLastReferral() {
        assertEquals(Optional.of(TOUCHED), new PartnerActivity(ANNA, 1, REFERRED, TOUCHED).lastContactAt());
        assertEquals(Optional.of(TOUCHED), new PartnerActivity(ANNA, 1, TOUCHED, REFERRED).lastContactAt());
    }

    @Test
    void withOnlyATouchOrOnlyAReferralThatOneCounts() {
        assertEquals(Optional.of(TOUCHED), new PartnerActivity(ANNA, 0, null, TOUCHED).lastContactAt());
        assertEquals(Optional.of(REFERRED), new PartnerActivity(ANNA, 1, REFERRED, null).lastContactAt());
    }

    @Test
    void withNeitherThereIsNoLastContact() {
        assertTrue(new PartnerActivity(ANNA, 0, null, null).lastContactAt().isEmpty());
    }

    @Test
    void theNextCheckInIsTheCadenceInCalendarDaysAfterTheLastContact() {
        PartnerActivity activity = new PartnerActivity(ANNA, 1, REFERRED, TOUCHED);
        assertEquals(Optional.of(instantAt("2026-08-02T11:00", BERLIN_ZONE)), activity.nextCheckIn(everyHalfYear, BERLIN_ZONE));
    }

    @Test
    void aLoggedTouchResetsTheCheckInClock() {
        PartnerActivity before = new PartnerActivity(ANNA, 1, REFERRED, null);
        PartnerActivity afterCall = new PartnerActivity(ANNA, 1, REFERRED, TOUCHED);
        PartnerSettings monthly = new PartnerSettingsBuilder().withCadenceDays(30).build();
        assertEquals(instantAt("2026-02-04T10:00", BERLIN_ZONE), before.nextCheckIn(monthly, BERLIN_ZONE).orElseThrow());
        assertEquals(instantAt("2026-03-03T11:00", BERLIN_ZONE), afterCall.nextCheckIn(monthly, BERLIN_ZONE).orElseThrow());
    }

    @Test
    void anOldTouchDoesNotPullTheCheckInBeforeTheLatestReferral() {
        Instant oldTouch = instantAt("2025-06-01T09:00", BERLIN_ZONE);
        PartnerActivity activity = new PartnerActivity(ANNA, 2, REFERRED, oldTouch);
        assertEquals(instantAt("2026-07-06T10:00", BERLIN_ZONE), activity.nextCheckIn(everyHalfYear, BERLIN_ZONE).orElseThrow());
    }

    @Test
    void aCheckInKeepsItsLocalTimeAcrossTheSummerTimeChange() {
        PartnerActivity activity = new PartnerActivity(ANNA, 1, instantAt("2026-03-20T10:00", BERLIN_ZONE), null);
        PartnerSettings tenDays = new PartnerSettingsBuilder().withCadenceDays(10).build();
        assertEquals(instantAt("2026-03-30T10:00", BERLIN_ZONE), activity.nextCheckIn(tenDays, BERLIN_ZONE).orElseThrow());
    }

    @Test
    void aPartnerWithoutAnyDateHasNoCheckInYet() {
        assertTrue(new PartnerActivity(ANNA, 1, null, null).nextCheckIn(everyHalfYear, BERLIN_ZONE).isEmpty());
    }
}
