package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactPage;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.TempDesk;

/** Every person has a page: partners, clients and the onward contacts of not-a-fit stories alike. */
class ContactPagesTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private ContactPages pages;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        pages = desk.services().contactPages();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anOnwardContactIsFoundInTheDirectoryAndTheirPageShowsTheReferralWeGaveThem() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.NotAFit("We do not do roofs", "Sunny Roofs Ltd"), null, null);

        Contact sunny = desk.services().contacts().all().stream()
                .filter(c -> c.name().equals("Sunny Roofs Ltd")).findFirst().orElseThrow();
        ContactPage page = pages.page(sunny.id());

        assertEquals(sunny, page.contact());
        assertFalse(page.partner());
        assertTrue(page.onwardOnly(), "we only ever sent them work");
        assertEquals(List.of(new GivenLine(page.givenTo().get(0).id(), sunny.id(), "Ben Okafor", NOW,
                "Not a fit: We do not do roofs", story.id())), page.givenTo());
        assertEquals(List.of(), page.referred());
        assertEquals(List.of(), page.asClient());
        assertEquals(List.of(), page.touches());
    }

    @Test
    void aContactsPageShowsTheStoriesTheySentUsAndThoseTheyAreTheClientIn() {
        Referral annaSendsBen = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        Referral benSendsCora = desk.referrals().record(NewReferral.of("Ben Okafor", "Cora Lind", Channel.PHONE,
                "Garden wall").withEmails("ben@okafor.example", null)).referral();
        long ben = annaSendsBen.clientId();
        desk.partners().logTouch(ben, TouchKind.CALL, NOW.minusSeconds(60), "Thanked him for Cora");

        ContactPage page = pages.page(ben);

        assertTrue(page.partner(), "Ben referred Cora, so he is a partner");
        assertEquals(List.of(benSendsCora.id()), page.referred().stream().map(ReferralSummary::id).toList());
        assertEquals(List.of(annaSendsBen.id()), page.asClient().stream().map(ReferralSummary::id).toList());
        assertEquals("Anna Keller", page.asClient().get(0).referrerName());
        assertEquals(List.of("Thanked him for Cora"), page.touches().stream().map(t -> t.note()).toList());
        assertFalse(page.onwardOnly());
    }

    @Test
    void makingAnOnwardContactAPartnerIsOneStepAndSchedulesTheirFirstCheckInOneCadenceFromNow() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.NotAFit("We do not do roofs", "Sunny Roofs Ltd"), null, null);
        long sunny = pages.page(contactNamed("Sunny Roofs Ltd")).id();

        ContactPage page = pages.makePartner(sunny);

        assertTrue(page.partner());
        assertFalse(page.onwardOnly());
        assertEquals(1, page.givenTo().size(), "what we gave them stays on their page");
        assertTrue(desk.partners().summaries().stream().anyMatch(p -> p.id() == sunny), "on the partners list");
        List<FollowUp> checkIns = desk.in(tx -> tx.followUps().openOfKind(sunny, FollowUpKind.HERO_CHECK_IN));
        assertEquals(1, checkIns.size());
        assertEquals(NOW.atZone(TempDesk.CLOCK.getZone()).plusDays(182).toInstant(), checkIns.get(0).dueAt(),
                "182 calendar days on, at the same time of day");
    }

    @Test
    void aPartnerIsNotMadeAPartnerAgain() {
        long anna = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral().referrerId();
        desk.assertRefused("Anna Keller is already a partner.", () -> pages.makePartner(anna));
    }

    @Test
    void noSuchContactHasNoPageAndCannotBecomeAPartner() {
        desk.assertRefused(NotFound.class, "No contact with id 404.", () -> pages.page(404));
        desk.assertRefused(NotFound.class, "No contact with id 404.", () -> pages.makePartner(404));
    }

    private long contactNamed(String name) {
        return desk.services().contacts().all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
