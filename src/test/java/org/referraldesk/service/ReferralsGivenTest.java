package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.Ledger;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/** Not-a-fit stories sent on, referrals given by hand, and each partner's two-way ledger. */
class ReferralsGivenTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private ReferralsGiven given;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        given = new ReferralsGiven(desk.store(), TempDesk.CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void closingNotAFitWithAnOnwardNameRecordsAReferralGivenToThatPerson() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.NotAFit("Gas work needs a certified fitter", "Carla Gas"),
                null, null);

        long carla = contact("Carla Gas").id();
        assertEquals(1, desk.count(tx -> tx.referralsGiven().givenTo(carla).size()));
        assertTrue(desk.in(tx -> tx.partners().find(carla)).isEmpty(), "giving Carla work does not make her a partner");
        desk.referrals().record(new NewReferral("Carla Gas", null, "Gus Berg", null, null,
                org.referraldesk.domain.Channel.PHONE, "Boiler service", null, null));
        Ledger ledger = given.ledger(carla);
        assertEquals(1, ledger.received().size(), "once Carla refers, her ledger shows both sides");
        assertEquals(List.of(new GivenLine(ledger.given().get(0).id(), carla, "Ben Okafor", NOW,
                "Not a fit: Gas work needs a certified fitter", story.id())), ledger.given());
    }

    @Test
    void anOnwardPartnerWhoAlsoReferredShowsBothSidesOfTheLedger() {
        Referral fromDan = desk.referrals().record(new NewReferral("Dan Roofs", null, "Eve Lund", null, null,
                org.referraldesk.domain.Channel.PHONE, "Loft conversion", TempDesk.NOW.minusSeconds(7200), null))
                .referral();
        Referral fromAnna = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(fromAnna.id(), new Outcome.NotAFit("Too small for us", "dan roofs"), null, null);

        long dan = contact("Dan Roofs").id();
        Ledger ledger = given.ledger(dan);
        assertEquals(List.of(fromDan.id()), ledger.received().stream().map(ReferralSummary::id).toList());
        assertEquals(List.of("Ben Okafor"), ledger.given().stream().map(GivenLine::clientName).toList());
        assertEquals(List.of(fromAnna.id()), given.ledger(fromAnna.referrerId()).received().stream()
                .map(ReferralSummary::id).toList());
        assertEquals(List.of(), given.ledger(fromAnna.referrerId()).given());
    }

    @Test
    void notAFitWithoutAnOnwardNameGivesNothing() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.NotAFit("Out of area", null), null, null);
        assertEquals(0, desk.count(tx -> tx.referralsGiven().count()));
    }

    @Test
    void reopeningTheStoryForgetsItsOnwardReferralAndClosingAgainRecordsItOnce() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.NotAFit("Out of area", "Carla Gas"), null, null);
        new Stories(desk.store(), desk.referrals()).reopen(story.id(), "Closed by mistake", null);
        assertEquals(0, desk.count(tx -> tx.referralsGiven().count()));
        desk.referrals().close(story.id(), new Outcome.NotAFit("Out of area", "Carla Gas"), null, null);
        assertEquals(1, desk.count(tx -> tx.referralsGiven().count()));
    }

    @Test
    void aReferralGivenByHandFindsOrAddsTheClient() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        long anna = story.referrerId();
        given.logGiven(anna, "ben okafor", LocalDate.of(2026, 3, 1), "Needed a tax adviser");
        given.logGiven(anna, "Frida Holm", null, null);

        List<GivenLine> lines = given.ledger(anna).given();
        assertEquals(List.of("Frida Holm", "Ben Okafor"), lines.stream().map(GivenLine::clientName).toList());
        assertEquals(NOW, lines.get(0).givenAt());
        assertEquals(TypicalClocks.instantAt("2026-03-01T12:00", TypicalClocks.BERLIN_ZONE), lines.get(1).givenAt());
        assertEquals(3, desk.count(tx -> tx.contacts().count()), "Ben was found, Frida added");
    }

    @Test
    void aReferralGivenByHandNeedsTheClientAndADayNotInTheFuture() {
        long anna = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral().referrerId();
        desk.assertRefused("The client's name must not be blank.", () -> given.logGiven(anna, " ", null, null));
        desk.assertRefused("The day you gave the referral cannot be in the future.",
                () -> given.logGiven(anna, "Frida Holm", LocalDate.of(2026, 3, 11), null));
        assertEquals(0, desk.count(tx -> tx.referralsGiven().count()));
    }

    private Contact contact(String name) {
        return desk.in(tx -> tx.contacts().findByName(name)).orElseThrow();
    }
}
