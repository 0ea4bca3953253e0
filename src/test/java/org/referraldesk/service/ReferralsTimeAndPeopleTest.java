package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;

class ReferralsTimeAndPeopleTest {
    @TempDir
    Path dir;

    @Test
    void aStoryRecordedNowCanBeMovedAtTheSameInstantEvenBelowAMillisecond() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T08:00:00.000600Z"), ZoneId.of("Europe/Berlin"));
        try (Store store = Store.open(dir.resolve("desk"))) {
            Referrals referrals = new Referrals(store, clock);
            Referral recorded = referrals.record(NewReferral.of("Anna", "Ben", Channel.PHONE, "Boiler")).referral();
            assertEquals(recorded, referrals.find(recorded.id()));
            referrals.move(recorded.id(), Stage.CONTACTED, null, null);
            assertEquals(Stage.CONTACTED, referrals.find(recorded.id()).stage());
        }
    }

    @Test
    void aStepCannotBeDatedBeforeTheStorysLastStep() {
        try (TempDesk desk = TempDesk.openIn(dir)) {
            Referrals referrals = desk.referrals();
            long id = referrals.record(NewReferral.of("Anna", "Ben", Channel.PHONE, "Boiler")
                    .receivedAt(TempDesk.NOW.minus(Duration.ofDays(5)))).referral().id();
            referrals.move(id, Stage.CONTACTED, TempDesk.NOW.minus(Duration.ofDays(2)), null);
            desk.assertRefused("The time of this step cannot be before the story's last step.",
                    () -> referrals.move(id, Stage.MEETING_BOOKED, TempDesk.NOW.minus(Duration.ofDays(3)), null));
        }
    }

    @Test
    void aReferrerKnownByNameAloneIsTheSamePersonWhenTheyComeBackWithAnEmail() {
        try (TempDesk desk = TempDesk.openIn(dir)) {
            Referrals referrals = desk.referrals();
            Referral first = referrals.record(NewReferral.of("Anna Keller", "Ben", Channel.PHONE, "Boiler")).referral();
            Referral second = referrals.record(NewReferral.of("anna keller", "Carla", Channel.PHONE, "Shower")
                    .withEmails("anna@keller.example", null)).referral();
            assertEquals(first.referrerId(), second.referrerId());
            Referral third = referrals.record(NewReferral.of("Ben", "Dora", Channel.PHONE, "Sink")
                    .withEmails("other.ben@example.com", null)).referral();
            assertEquals(first.clientId(), third.referrerId(), "Ben had no email yet, so he is the same Ben");
            assertNotEquals(0, third.id());
        }
    }
}
