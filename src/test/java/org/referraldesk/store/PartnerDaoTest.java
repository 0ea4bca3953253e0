package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalContacts;

class PartnerDaoTest {
    private static final Instant JANUARY = Instant.parse("2026-01-12T14:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-02T10:15:00Z");

    @TempDir
    Path dir;
    private TempDesk desk;
    private long anna;
    private long ben;
    private long carla;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        ben = desk.in(tx -> tx.contacts().insert(TypicalContacts.BEN, NOW));
        carla = desk.in(tx -> tx.contacts().insert(TypicalContacts.CARLA, NOW));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void partnerSettingsComeBackAsSaved() {
        PartnerSettings settings = new PartnerSettingsBuilder().forPartner(anna).withCadenceDays(90).withoutGifts()
                .withGiftNotes("Likes a particular vodka").build();
        desk.use(tx -> tx.partners().save(settings));
        assertEquals(Optional.of(settings), desk.in(tx -> tx.partners().find(anna)));
    }

    @Test
    void savingAPartnerTwiceUpdatesTheOneRow() {
        desk.use(tx -> tx.partners().save(PartnerSettings.defaultsFor(anna)));
        PartnerSettings changed = new PartnerSettingsBuilder().forPartner(anna).withCadenceDays(30)
                .withoutPublicThanks().build();
        desk.use(tx -> tx.partners().save(changed));
        assertEquals(Optional.of(changed), desk.in(tx -> tx.partners().find(anna)));
        assertEquals(1, desk.count(tx -> tx.partners().count()));
    }

    @Test
    void aContactWhoIsNoPartnerHasNoSettingsAndNoActivity() {
        assertTrue(desk.in(tx -> tx.partners().find(ben)).isEmpty());
        assertTrue(desk.in(tx -> tx.partners().activity(ben)).isEmpty());
    }

    @Test
    void aNewPartnerHasSentNothingAndHadNoTouch() {
        desk.use(tx -> tx.partners().save(PartnerSettings.defaultsFor(anna)));
        assertEquals(Optional.of(new PartnerActivity(anna, 0, null, null)), desk.in(tx -> tx.partners().activity(anna)));
    }

    @Test
    void activityCountsReferralsAndKnowsTheLatestReferralAndTouch() {
        desk.use(tx -> {
            tx.partners().save(PartnerSettings.defaultsFor(anna));
            tx.referrals().insert(Referral.received(anna, ben, Channel.PHONE, null, FEBRUARY, null));
            tx.referrals().insert(Referral.received(anna, carla, Channel.PHONE, null, JANUARY, null));
            tx.touches().insert(Touch.of(anna, TouchKind.CALL, JANUARY, null));
            tx.touches().insert(Touch.of(anna, TouchKind.CARD, FEBRUARY.plus(Duration.ofDays(3)), null));
            tx.touches().insert(Touch.of(anna, TouchKind.EMAIL, FEBRUARY, null));
        });
        assertEquals(Optional.of(new PartnerActivity(anna, 2, FEBRUARY, FEBRUARY.plus(Duration.ofDays(3)))),
                desk.in(tx -> tx.partners().activity(anna)));
    }

    @Test
    void activitiesListEveryPartnerInIdOrderCountingOnlyTheirOwnReferrals() {
        desk.use(tx -> {
            tx.partners().save(PartnerSettings.defaultsFor(carla));
            tx.partners().save(PartnerSettings.defaultsFor(anna));
            tx.referrals().insert(Referral.received(carla, ben, Channel.WEB_FORM, null, JANUARY, null));
            tx.touches().insert(Touch.of(anna, TouchKind.MEETING, FEBRUARY, "Lunch"));
        });
        assertEquals(List.of(new PartnerActivity(anna, 0, null, FEBRUARY), new PartnerActivity(carla, 1, JANUARY, null)),
                desk.in(tx -> tx.partners().activities()));
    }
}
