package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.HERO_CHECK_IN;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TempDesk;

/** Anna sent us Ben last August, so her half-yearly check-in has been overdue since January. */
class PartnersTest {
    private static final Instant LAST_AUGUST = instantAt("2025-08-01T09:00", BERLIN_ZONE);
    private static final Instant OVERDUE_SINCE = instantAt("2026-01-30T09:00", BERLIN_ZONE);

    @TempDir
    Path dir;
    private TempDesk desk;
    private Partners partners;
    private long anna;
    private long ben;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        partners = desk.partners();
        RecordedReferral recorded = desk.referrals().record(ANNA_SENDS_BEN.receivedAt(LAST_AUGUST));
        anna = recorded.referral().referrerId();
        ben = recorded.referral().clientId();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void loggingATouchTakesAnOverdueCheckInOffTheDueListAndPlansItHalfAYearOn() {
        long checkIn = checkIn().id();
        assertTrue(heroCheckInIsDueNow());
        Touch touch = partners.logTouch(anna, TouchKind.CALL, null, "Catch-up call");
        assertEquals(NOW, touch.at());
        assertFalse(heroCheckInIsDueNow());
        assertEquals(checkIn, checkIn().id(), "the same check-in, moved");
        assertEquals(instantAt("2026-09-08T09:00", BERLIN_ZONE), checkIn().dueAt());
    }

    @ParameterizedTest
    @EnumSource(TouchKind.class)
    void everyKindOfTouchResetsTheCheckInClock(TouchKind kind) {
        partners.logTouch(anna, kind, null, null);
        assertFalse(heroCheckInIsDueNow());
    }

    @Test
    void aBackDatedTouchCountsFromWhenItHappened() {
        partners.logTouch(anna, TouchKind.MEETING, instantAt("2026-02-01T12:00", BERLIN_ZONE), "Lunch");
        assertEquals(instantAt("2026-08-02T12:00", BERLIN_ZONE), checkIn().dueAt());
    }

    @Test
    void aTouchOlderThanTheLastReferralDoesNotBringTheCheckInForward() {
        partners.logTouch(anna, TouchKind.EMAIL, LAST_AUGUST.minus(Duration.ofDays(30)), null);
        assertEquals(OVERDUE_SINCE, checkIn().dueAt());
        assertEquals(1, desk.in(tx -> tx.followUps().openOfKind(anna, HERO_CHECK_IN)).size());
    }

    @Test
    void aPartnersTouchesAreListedNewestFirst() {
        Touch card = partners.logTouch(anna, TouchKind.CARD, NOW.minus(Duration.ofDays(20)), "Christmas card");
        Touch call = partners.logTouch(anna, TouchKind.CALL, null, null);
        assertEquals(List.of(call, card), partners.touches(anna));
        assertEquals(List.of(), partners.touches(ben));
    }

    @Test
    void aNewCadenceMovesTheNextCheckIn() {
        PartnerSettings monthly = new PartnerSettingsBuilder().forPartner(anna).withCadenceDays(30)
                .withGiftNotes("Likes a particular vodka").build();
        partners.saveSettings(monthly);
        assertEquals(monthly, partners.settings(anna));
        assertEquals(instantAt("2025-08-31T09:00", BERLIN_ZONE), checkIn().dueAt());
    }

    @Test
    void activitiesShowWhatEachPartnerSentAndWhenWeLastTouched() {
        partners.logTouch(anna, TouchKind.GIFT, NOW.minus(Duration.ofDays(2)), "Vodka");
        assertEquals(List.of(new PartnerActivity(anna, 1, LAST_AUGUST, NOW.minus(Duration.ofDays(2)))),
                partners.activities());
    }

    @Test
    void aTouchForSomeoneWhoIsNoPartnerIsRefused() {
        desk.assertRefused(NotFound.class, "No partner with id 999.",
                () -> partners.logTouch(999, TouchKind.CALL, null, null));
        desk.assertRefused(NotFound.class, "No partner with id " + ben + ".",
                () -> partners.logTouch(ben, TouchKind.CALL, null, null));
    }

    @Test
    void aTouchCannotBeInTheFuture() {
        desk.assertRefused("The time of the touch cannot be in the future.",
                () -> partners.logTouch(anna, TouchKind.CALL, NOW.plus(Duration.ofMinutes(1)), null));
    }

    @Test
    void aTouchSaysHowWeWereInTouch() {
        desk.assertRefused("Choose how you were in touch (call, email, card, gift or meeting).",
                () -> partners.logTouch(anna, null, null, null));
    }

    @Test
    void settingsForSomeoneWhoIsNoPartnerAreRefused() {
        desk.assertRefused(NotFound.class, "No partner with id " + ben + ".",
                () -> partners.saveSettings(PartnerSettings.defaultsFor(ben)));
        desk.assertRefused(NotFound.class, "No partner with id 999.", () -> partners.settings(999));
    }

    private FollowUp checkIn() {
        List<FollowUp> open = desk.in(tx -> tx.followUps().openOfKind(anna, HERO_CHECK_IN));
        assertEquals(1, open.size(), "one open check-in");
        return open.get(0);
    }

    private boolean heroCheckInIsDueNow() {
        return desk.followUps().dueAt(NOW).stream().anyMatch(f -> f.kind() == HERO_CHECK_IN);
    }
}
