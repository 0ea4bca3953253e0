package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.TempDesk;

/** Zoë Lefèvre sent us Helen Carter; the card list shows the thank-you card she is owed. */
class CardListTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private CardList cards;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        cards = new CardList(desk.store(), TempDesk.CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long record(String referrer, String client, String need) {
        return desk.referrals().record(NewReferral.of(referrer, client, Channel.EMAIL_INTRODUCTION, need))
                .referral().id();
    }

    private long partner(String name) {
        return desk.in(tx -> tx.contacts().findByName(name).orElseThrow().id());
    }

    @Test
    void aNewReferralPutsOneCardOnTheListWithTheStoryInOneLineAndTheCardTemplatesMessage() {
        record("Zoë Lefèvre", "Maria Lopez", "A kitchen refit");
        List<CardLine> list = cards.pending();
        assertEquals(1, list.size());
        CardLine card = list.get(0);
        assertEquals("Zoë Lefèvre", card.name());
        assertEquals("Referred Maria Lopez: a kitchen refit \u2014 received", card.story());
        assertTrue(card.message().startsWith("Dear Zoë,\n\nA quick note by hand to say thank you for sending "
                + "Maria Lopez to us."), card.message());
    }

    @Test
    void aGermanCardLineKeepsTheCapitalOfTheNeedsFirstNoun() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            record("Zoë Lefèvre", "Maria Lopez", "Sicherung fürs Büro");
            assertEquals("Maria Lopez empfohlen: Sicherung fürs Büro \u2014 eingegangen", cards.pending().get(0).story());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aPartnerWithoutAPostalAddressIsListedAsMissingNotDropped() {
        record("Zoë Lefèvre", "Maria Lopez", "A kitchen refit");
        CardLine card = cards.pending().get(0);
        assertNull(card.address());
        assertEquals(List.of(), card.addressLines());
    }

    @Test
    void thePostalAddressIsPrintedLineByLine() {
        record("Anna Keller", "Ben Okafor", "Payroll");
        long anna = partner("Anna Keller");
        Contact contact = desk.in(tx -> tx.contacts().find(anna).orElseThrow());
        desk.partners().saveContact(new Contact(anna, contact.name(), null, contact.email(), null,
                "Hauptstr. 1\n10115 Berlin", null));
        assertEquals(List.of("Hauptstr. 1", "10115 Berlin"), cards.pending().get(0).addressLines());
    }

    @Test
    void theStoryLineSaysHowItWentAndWhoTheClientWasSentOnTo() {
        long id = record("Zoë Lefèvre", "Maria Lopez", "A garden office");
        desk.referrals().close(id, new Outcome.NotAFit("Too far away", "Brightwire Electrical"), null, null);
        assertEquals("Referred Maria Lopez: a garden office \u2014 not a fit, sent on to Brightwire Electrical",
                cards.pending().get(0).story());
    }

    @Test
    void aCompletedOrSkippedCardIsNoLongerPending() {
        record("Zoë Lefèvre", "Maria Lopez", "A kitchen refit");
        record("Anna Keller", "Ben Okafor", "Payroll");
        long first = cards.pending().get(0).followUpId();
        desk.followUps().skip(first, "Sent an email instead");
        assertEquals(1, cards.pending().size());
        assertTrue(cards.pending().get(0).followUpId() != first);
    }

    @Test
    void markingCardsWrittenAndPostedCompletesThemAndLogsACardTouchForEachPartner() {
        record("Zoë Lefèvre", "Maria Lopez", "A kitchen refit");
        record("Zoë Lefèvre", "Ben Okafor", "Payroll");
        record("Anna Keller", "Emma Schäfer", "A new roof");
        List<CardLine> zoe = cards.pending().stream().filter(c -> c.name().equals("Zoë Lefèvre")).toList();
        assertEquals(2, zoe.size());

        assertEquals(1, cards.markWrittenAndPosted(zoe));

        assertEquals(List.of("Anna Keller"), cards.pending().stream().map(CardLine::name).toList());
        List<Touch> touches = desk.partners().touches(partner("Zoë Lefèvre"));
        assertEquals(1, touches.size());
        assertEquals(TouchKind.CARD, touches.get(0).kind());
        assertEquals(TempDesk.NOW, touches.get(0).at());
        assertTrue(desk.followUps().dueAt(TempDesk.NOW.plusSeconds(86_400 * 30)).stream()
                .filter(f -> f.kind() == FollowUpKind.HANDWRITTEN_CARD).map(FollowUpLine::partnerName)
                .noneMatch("Zoë Lefèvre"::equals));
    }

    @Test
    void anyPartnerCanBeAddedWithTheirNewestStoryAndMarkingLogsOnlyTheTouch() {
        record("Zoë Lefèvre", "Maria Lopez", "A kitchen refit");
        long zoe = partner("Zoë Lefèvre");
        cards.markWrittenAndPosted(cards.pending());
        List<CardLine> added = cards.forPartners(List.of(zoe, zoe));
        assertEquals(1, added.size());
        assertNull(added.get(0).followUpId());
        assertEquals("Referred Maria Lopez: a kitchen refit \u2014 received", added.get(0).story());

        cards.markWrittenAndPosted(added);
        assertEquals(2, desk.partners().touches(zoe).size());
    }

    @Test
    void theSampleDeskHasPendingCardsOneWithoutAnAddressAndARightToLeftClient() {
        new SampleData(desk.store(), TempDesk.CLOCK).fill();
        List<CardLine> list = cards.pending();
        long open = desk.followUps().dueAt(java.time.Instant.parse("9999-01-01T00:00:00Z")).stream()
                .filter(f -> f.kind() == FollowUpKind.HANDWRITTEN_CARD).count();
        assertEquals(open, list.size());
        assertTrue(list.size() >= 5, list.size() + " cards");
        assertTrue(list.stream().anyMatch(c -> !c.hasAddress()), "one without an address");
        assertTrue(list.stream().anyMatch(c -> c.story().contains("\u0643\u0631\u064a\u0645")), "Arabic client");
    }

    @Test
    void fiftyCardsReadTogetherSayWhatEachSaysWhenReadAlone() {
        java.util.List<Long> partners = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            record("Partner " + i, "Client " + i, i % 2 == 0 ? "A kitchen refit " + i : null);
            if (i % 3 == 0) {
                record("Partner " + i, "Later client " + i, "A bathroom " + i);
            }
            partners.add(partner("Partner " + i));
        }
        List<CardLine> pending = cards.pending();
        List<CardLine> together = cards.forPartners(partners);

        assertEquals(67, pending.size());
        assertEquals(partners.stream().flatMap(id -> cards.forPartners(List.of(id)).stream()).toList(), together);
        assertEquals("Referred Later client 3: a bathroom 3 \u2014 received", together.get(3).story(),
                "a partner's card is about their newest story");
    }
}
