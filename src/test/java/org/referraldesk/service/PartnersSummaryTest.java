package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.HERO_CHECK_IN;
import static org.referraldesk.testing.TempDesk.NOW;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.PartnerProfile;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TempDesk;

/**
 * Anna sent us four stories: two won (1,234.50 and 999.99 of revenue), one lost and one still open.
 * Carla sent one, still open. Dora is a partner who has not referred anyone yet.
 */
class PartnersSummaryTest {
    private static final Instant LAST_AUGUST = instantAt("2025-08-01T09:00", BERLIN_ZONE);
    private static final Instant LAST_WEEK = NOW.minus(Duration.ofDays(7));

    @TempDir
    Path dir;
    private TempDesk desk;
    private Partners partners;
    private long anna;
    private long carla;
    private long dora;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        partners = desk.partners();
        Referrals referrals = desk.referrals();
        long won1 = send("Anna Keller", "Ben Okafor", LAST_AUGUST);
        long won2 = send("Anna Keller", "David Levi", LAST_AUGUST.plus(Duration.ofDays(30)));
        long lost = send("Anna Keller", "Emma Schäfer", LAST_AUGUST.plus(Duration.ofDays(60)));
        send("Anna Keller", "Felix Braun", LAST_WEEK);
        send("Carla Núñez", "Gina Rossi", NOW.minus(Duration.ofDays(2)));
        referrals.close(won1, new Outcome.Won(new BigDecimal("1234.50"), new BigDecimal("400.25")), null, null);
        referrals.close(won2, new Outcome.Won(new BigDecimal("999.99"), new BigDecimal("0.10")), null, null);
        referrals.close(lost, new Outcome.Lost("Chose their nephew"), null, null);
        anna = idOf("Anna Keller");
        carla = idOf("Carla Núñez");
        dora = desk.in(tx -> {
            long id = tx.contacts().insert(new Contact(0, "Dora Weiss", "Weiss Steuer", null, null, null, null), NOW);
            tx.partners().save(PartnerSettings.defaultsFor(id));
            return id;
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyPartnerIsListedInAlphabeticalOrder() {
        assertEquals(List.of("Anna Keller", "Carla Núñez", "Dora Weiss"),
                partners.summaries().stream().map(PartnerSummary::name).toList());
        assertEquals("Weiss Steuer", summary(dora).company());
    }

    @Test
    void referralsSentCountEveryStoryAndWonOnlyTheWonOnes() {
        assertEquals(4, summary(anna).referralsSent());
        assertEquals(2, summary(anna).won());
        assertEquals(1, summary(carla).referralsSent());
        assertEquals(0, summary(carla).won());
        assertEquals(0, summary(dora).referralsSent());
    }

    @Test
    void revenueAndProfitAreTheExactSumsOfTheWonStories() {
        assertEquals(new BigDecimal("2234.49"), summary(anna).revenue());
        assertEquals(new BigDecimal("400.35"), summary(anna).profit());
    }

    @Test
    void aPartnerWithNothingWonHasZeroRevenueAndProfitInCents() {
        assertEquals(new BigDecimal("0.00"), summary(carla).revenue());
        assertEquals(new BigDecimal("0.00"), summary(carla).profit());
        assertEquals(new BigDecimal("0.00"), summary(dora).revenue());
    }

    @Test
    void aHeroHasAWonStoryOrWasMarkedByHand() {
        assertTrue(summary(anna).isHero(), "two won stories");
        assertFalse(summary(carla).isHero(), "a referral alone makes no Hero");
        assertFalse(summary(dora).isHero());
        desk.partners().saveSettings(desk.partners().settings(carla).withHeroByHand(true));
        assertTrue(summary(carla).isHero(), "marked by hand");
    }

    @Test
    void theLastTouchIsTheNewestTouch() {
        assertNull(summary(anna).lastTouchAt());
        partners.logTouch(anna, TouchKind.CARD, NOW.minus(Duration.ofDays(3)), "Card");
        partners.logTouch(anna, TouchKind.CALL, NOW.minus(Duration.ofDays(9)), "Older call, logged later");
        assertEquals(NOW.minus(Duration.ofDays(3)), summary(anna).lastTouchAt());
    }

    @Test
    void theNextCheckInIsTheOpenHeroCheckInAfterTheLastContact() {
        assertEquals(checkIn(anna).dueAt(), summary(anna).nextCheckInAt());
        assertEquals(instantAt("2026-09-01T09:00", BERLIN_ZONE), checkIn(anna).dueAt(), "last week plus 182 days");
        assertNull(summary(dora).nextCheckInAt(), "no check-in for someone who never referred");
    }

    @Test
    void loggingATouchMovesTheNextCheckIn() {
        partners.logTouch(anna, TouchKind.MEETING, null, "Lunch");
        assertEquals(instantAt("2026-09-08T09:00", BERLIN_ZONE), summary(anna).nextCheckInAt());
    }

    @Test
    void aSnoozedCheckInIsDueWhenTheSnoozeEnds() {
        Instant later = instantAt("2026-10-01T10:00", BERLIN_ZONE);
        desk.followUps().snooze(checkIn(anna).id(), later);
        assertEquals(later, summary(anna).nextCheckInAt());
    }

    @Test
    void aCheckInOverdueBeforeNowIsOverdue() {
        PartnerSummary annasLine = summary(anna);
        assertFalse(annasLine.isCheckInOverdueAt(NOW));
        assertTrue(annasLine.isCheckInOverdueAt(annasLine.nextCheckInAt().plusSeconds(1)));
        assertFalse(summary(dora).isCheckInOverdueAt(NOW));
    }

    @Test
    void aProfileHoldsContactSettingsNumbersStoriesAndTouchesNewestFirst() {
        Touch older = partners.logTouch(anna, TouchKind.EMAIL, NOW.minus(Duration.ofDays(5)), "Sent the article");
        Touch newer = partners.logTouch(anna, TouchKind.CALL, null, "Catch-up");
        PartnerProfile profile = partners.profile(anna);
        assertEquals("Anna Keller", profile.contact().name());
        assertEquals(anna, profile.id());
        assertEquals(PartnerSettings.DEFAULT_CADENCE_DAYS, profile.settings().checkInCadenceDays());
        assertEquals(summary(anna), profile.summary());
        assertEquals(List.of("Felix Braun", "Emma Schäfer", "David Levi", "Ben Okafor"),
                profile.stories().stream().map(ReferralSummary::clientName).toList());
        assertEquals(List.of(Stage.RECEIVED, Stage.LOST, Stage.WON, Stage.WON),
                profile.stories().stream().map(ReferralSummary::stage).toList());
        assertEquals(List.of(newer, older), profile.touches());
    }

    @Test
    void aProfileOfSomeoneWhoIsNoPartnerIsRefused() {
        long ben = idOf("Ben Okafor");
        assertEquals("No partner with id " + ben + ".",
                assertThrows(NotFound.class, () -> partners.profile(ben)).getMessage());
        assertThrows(NotFound.class, () -> partners.profile(999));
    }

    @Test
    void contactDetailsAreSavedAndComeBackAsTyped() {
        Contact changed = new Contact(anna, "Anna Keller-Berg", "Keller & Berg", "anna@kellerberg.example",
                "+49 30 7654321", "Hauptstr. 1\n10115 Berlin", "Prefers email");
        assertEquals(changed, partners.saveContact(changed));
        assertEquals(changed, partners.profile(anna).contact());
        assertEquals("Anna Keller-Berg", summary(anna).name());
    }

    @Test
    void emptyOptionalDetailsAreCleared() {
        partners.saveContact(new Contact(anna, "Anna Keller", "Keller", "anna@keller.example", "1", "x", "y"));
        Contact bare = new Contact(anna, "Anna Keller", " ", "", null, "  ", null);
        assertEquals(Contact.named("Anna Keller", null).withId(anna), partners.saveContact(bare));
    }

    @Test
    void aBlankNameIsRefusedOnTheNameField() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> partners.saveContact(new Contact(anna, "  ", null, null, null, null, null)));
        assertEquals("name", refused.field());
        assertEquals("A contact's name must not be blank.", refused.getMessage());
    }

    @Test
    void aBadEmailIsRefusedAndNothingIsSaved() {
        desk.assertRefused("\"anna@nowhere\" is not an email address such as name@example.com.",
                () -> partners.saveContact(new Contact(anna, "Anna K", null, "anna@nowhere", null, null, null)));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> partners.saveContact(new Contact(anna, "Anna K", null, "anna@nowhere", null, null, null)));
        assertEquals("email", refused.field());
    }

    @Test
    void anEmailThatBelongsToSomeoneElseIsRefused() {
        partners.saveContact(Contact.named("Carla Núñez", "carla@nunez.example").withId(carla));
        desk.assertRefused("Carla Núñez already has the email address CARLA@nunez.example.",
                () -> partners.saveContact(Contact.named("Anna Keller", "CARLA@nunez.example").withId(anna)));
        partners.saveContact(Contact.named("Carla Núñez", "Carla@Nunez.example").withId(carla));
        assertEquals("Carla@Nunez.example", partners.profile(carla).contact().email(), "her own email, new case");
    }

    @Test
    void detailsOfSomeoneWhoIsNoPartnerAreRefused() {
        long ben = idOf("Ben Okafor");
        desk.assertRefused(NotFound.class, "No partner with id " + ben + ".",
                () -> partners.saveContact(Contact.named("Ben O", null).withId(ben)));
    }

    @Test
    void detailsAndSettingsAreSavedTogetherAndMoveTheCheckIn() {
        Contact contact = Contact.named("Anna Keller", "anna@keller.example").withId(anna);
        PartnerSettings monthly = new PartnerSettingsBuilder().forPartner(anna).withCadenceDays(30).withoutGifts()
                .withGiftNotes("Bank policy").build();
        PartnerProfile saved = partners.save(contact, monthly);
        assertEquals(contact, saved.contact());
        assertEquals(monthly, saved.settings());
        assertEquals(instantAt("2026-04-02T09:00", BERLIN_ZONE), saved.summary().nextCheckInAt(), "last week plus 30 days");
    }

    @Test
    void whenTheDetailsAreRefusedTheSettingsAreNotSavedEither() {
        PartnerSettings monthly = new PartnerSettingsBuilder().forPartner(anna).withCadenceDays(30).build();
        desk.assertRefused("\"not-an-email\" is not an email address such as name@example.com.",
                () -> partners.save(Contact.named("Anna Keller", "not-an-email").withId(anna), monthly));
    }

    @Test
    void theContactUpdateChangesOnlyThatContactAndFindsNoOneUnknown() {
        Contact carlaBefore = desk.in(tx -> tx.contacts().find(carla)).orElseThrow();
        Contact changed = new Contact(anna, "Anna K", "K", "a@k.example", "1", "2", "3");
        assertEquals(1, desk.count(tx -> tx.contacts().update(changed)));
        assertEquals(changed, desk.in(tx -> tx.contacts().find(anna)).orElseThrow());
        assertEquals(carlaBefore, desk.in(tx -> tx.contacts().find(carla)).orElseThrow());
        assertEquals(0, desk.count(tx -> tx.contacts().update(changed.withId(999))));
        assertEquals("a@k.example", desk.in(tx -> tx.contacts().findByEmail("A@K.EXAMPLE")).orElseThrow().email(),
                "the email key follows the new email");
    }

    private long send(String referrer, String client, Instant at) {
        return desk.referrals().record(NewReferral.of(referrer, client, Channel.PHONE, "IT support").receivedAt(at))
                .referral().id();
    }

    private long idOf(String name) {
        return desk.in(tx -> tx.contacts().findByName(name)).orElseThrow().id();
    }

    private PartnerSummary summary(long partnerId) {
        return partners.summaries().stream().filter(s -> s.id() == partnerId).findFirst().orElseThrow();
    }

    private FollowUp checkIn(long partnerId) {
        List<FollowUp> open = desk.in(tx -> tx.followUps().openOfKind(partnerId, HERO_CHECK_IN));
        assertEquals(1, open.size(), "one open check-in");
        return open.get(0);
    }
}
