package org.referraldesk.ui.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/**
 * Anna Keller sent us Ben Okafor on 2 November 2026; he wanted a roof, which we do not do, so we sent
 * him on to Sunny Roofs Ltd. It is Monday 23 November 2026, 09:00 in London.
 */
class ContactViewModelTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant NOVEMBER_2 = Instant.parse("2026-11-02T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, LONDON);
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(ContactController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private Services services;
    private ContactViewModel model;
    private Referral annaSendsBen;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        services = TempDesk.services(store, clock);
        annaSendsBen = services.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE,
                "A new roof").receivedAt(NOVEMBER_2)).referral();
        services.referrals().close(annaSendsBen.id(), new Outcome.NotAFit("We do not do roofs", "Sunny Roofs Ltd"),
                NOVEMBER_2.plusSeconds(3600), null);
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new ContactViewModel(services.contactPages(), services.trash(), inline, clock, text);
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void anOnwardContactsPageSaysWhoTheyAreAndTheReferralWeGaveThemOpensItsStory() {
        model.show(contact("Sunny Roofs Ltd"));

        assertTrue(model.loadedProperty().get());
        assertEquals("Sunny Roofs Ltd", model.nameProperty().get());
        assertEquals("Onward contact: you sent them work", model.roleProperty().get());
        assertEquals("You sent them 1 referral", model.summaryProperty().get());
        assertFalse(model.partnerProperty().get(), "so the page offers Make partner");
        assertEquals(List.of(new ContactLine(annaSendsBen.id(), "You sent them Ben Okafor",
                "2 Nov 2026 \u00b7 Not a fit: We do not do roofs")), model.given());
        assertEquals(List.of(), model.stories());
        assertEquals(List.of(), model.details(), "the desk has only their name");
    }

    @Test
    void aPartnerWhoWasAlsoAClientHasBothStoriesNewestFirstAndTheirDetailsAndTouches() {
        long ben = annaSendsBen.clientId();
        Referral benSendsCora = services.referrals().record(NewReferral.of("Ben Okafor", "Cora Lind", Channel.PHONE,
                null).receivedAt(NOW.minusSeconds(3600))).referral();
        Contact details = services.contactPages().page(ben).contact();
        services.partners().saveContact(new Contact(ben, "Ben Okafor", "Okafor & Sons", "ben@okafor.example",
                "+44 20 7946 0111", null, null).withId(details.id()));
        services.partners().logTouch(ben, TouchKind.CALL, NOW.minusSeconds(60), "Thanked him for Cora");

        model.show(ben);

        assertEquals("Partner \u00b7 Okafor & Sons", model.roleProperty().get());
        assertEquals("Sent you 1 referral \u00b7 Client in 1 story", model.summaryProperty().get());
        assertTrue(model.partnerProperty().get());
        assertEquals(List.of(new ContactLine(benSendsCora.id(), "Sent you Cora Lind",
                        "Beginning \u00b7 received \u00b7 23 Nov 2026"),
                new ContactLine(annaSendsBen.id(), "Client \u00b7 sent by Anna Keller",
                        "A new roof \u00b7 End \u00b7 not a fit \u00b7 2 Nov 2026")), model.stories());
        assertEquals(List.of(new ContactLine(null, "Email", "ben@okafor.example"),
                new ContactLine(null, "Phone", "+44 20 7946 0111")), model.details());
        assertEquals(List.of(new ContactLine(null, "Call \u00b7 23 Nov 2026, 08:59", "Thanked him for Cora")),
                model.touches());
    }

    @Test
    void makePartnerTurnsTheOnwardContactIntoAPartnerAndSaysSo() {
        long sunny = contact("Sunny Roofs Ltd");
        model.show(sunny);

        model.makePartner();

        assertTrue(model.partnerProperty().get());
        assertEquals("Partner", model.roleProperty().get());
        assertEquals("Sunny Roofs Ltd is now a partner: their check-ins, thanks and settings are on the partner page.",
                model.messageProperty().get());
        assertFalse(model.refusedProperty().get());
        assertTrue(services.partners().summaries().stream().anyMatch(p -> p.id() == sunny));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void makePartnerRefusedBecauseTheyBecameOneMeanwhileSaysWhyOnThePage() {
        long sunny = contact("Sunny Roofs Ltd");
        model.show(sunny);
        services.contactPages().makePartner(sunny);

        model.makePartner();

        assertEquals("Sunny Roofs Ltd is already a partner.", model.messageProperty().get());
        assertTrue(model.refusedProperty().get(), "shown as a refusal, not as done");
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aContactNoLongerOnTheDeskSaysSoInsteadOfFailing() {
        model.show(404);

        assertTrue(model.goneProperty().get());
        assertFalse(model.loadedProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void someoneInNoStoryAndNoReferralGivenIsDeletedToTheTrashAndThePageSaysTheyAreGone() {
        long typo = store.inTransaction(tx -> tx.contacts().insert(Contact.named("Sunny Rooves", null), NOW));
        model.show(typo);

        model.delete();

        assertTrue(model.goneProperty().get());
        assertFalse(model.loadedProperty().get());
        assertEquals(List.of("Sunny Rooves"), services.trash().items().stream().map(TrashItem::label).toList());
    }

    @Test
    void someoneWeSentWorkToIsNotDeletedAndThePageSaysInOneLineThatAMergeTakesInAMisspeltRecord() {
        model.show(contact("Sunny Roofs Ltd"));

        model.delete();

        assertEquals("This contact is named in a referral you gave, so it stays. If it is a misspelt copy of someone,"
                + " use Merge with\u2026 instead.", model.messageProperty().get());
        assertTrue(model.refusedProperty().get());
        assertTrue(model.loadedProperty().get());
        assertEquals(List.of(), services.trash().items());
    }

    @Test
    void someoneInAStoryIsNotDeletedAndThePageSaysWhy() {
        model.show(annaSendsBen.clientId());

        model.delete();

        assertEquals("This contact is in 1 story; delete those first.", model.messageProperty().get());
        assertTrue(model.refusedProperty().get());
        assertTrue(model.loadedProperty().get());
        assertEquals(List.of(), services.trash().items());
    }

    private long contact(String name) {
        return services.contacts().all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
