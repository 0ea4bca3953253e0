package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Stage;
import org.referraldesk.testing.TempDesk;

/** The referrals list's search: what it finds, in which order, and that a newer keystroke stops it. */
class ReferralSearchTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Referrals referrals;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        referrals = desk.referrals();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private RecordedReferral record(String referrer, String client, String need, int daysAgo) {
        return referrals.record(NewReferral.of(referrer, client, Channel.PHONE, need)
                .receivedAt(TempDesk.NOW.minus(Duration.ofDays(daysAgo))));
    }

    private List<String> clientsFound(String typed) {
        return referrals.search(ReferralQuery.all().withSearch(typed), 500, 0).rows().stream()
                .map(ReferralSummary::clientName).toList();
    }

    @Test
    void caseAndAccentsDoNotCountInReferrerClientOrNeed() {
        record("Zoë Lefèvre", "Ben Okafor", "A new boiler", 3);
        record("Anna Keller", "Jürgen Vogel", "Café floor tiles", 2);
        assertEquals(List.of("Ben Okafor"), clientsFound("lefevre"));
        assertEquals(List.of("Ben Okafor"), clientsFound("ZOE"));
        assertEquals(List.of("Jürgen Vogel"), clientsFound("jurgen"));
        assertEquals(List.of("Jürgen Vogel"), clientsFound("cafe"));
        assertEquals(List.of("Jürgen Vogel", "Ben Okafor"), clientsFound("e"), "newest first");
    }

    @Test
    void everyWordTypedMustMatchTheReferrerTheClientOrTheNeed() {
        record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        record("Anna Smith", "Carla Rossi", "Leaking pipe", 2);
        assertEquals(List.of("Ben Okafor"), clientsFound("ann kel"));
        assertEquals(List.of("Ben Okafor"), clientsFound("anna boiler"));
        assertEquals(List.of(), clientsFound("anna boiler rossi"));
    }

    @Test
    void aStoryIsFoundByItsNotesWhyItClosedAndWhoTheClientWasSentOnTo() {
        long boiler = record("Anna Keller", "Ben Okafor", "A new boiler", 3).referral().id();
        long roof = record("Anna Keller", "Carla Rossi", "Roof repair", 2).referral().id();
        referrals.move(boiler, Stage.CONTACTED, null, "Prefers calls after six");
        referrals.close(roof, new org.referraldesk.domain.Outcome.NotAFit("Roofs are not our trade", "Sunny Roofs Ltd"),
                null, null);
        assertEquals(List.of("Ben Okafor"), clientsFound("after six"));
        assertEquals(List.of("Carla Rossi"), clientsFound("not our trade"));
        assertEquals(List.of("Carla Rossi"), clientsFound("sunny"));
    }

    @Test
    void hebrewArabicAndEmojiNamesAreFound() {
        record("דוד לוי", "محمد حداد", "Party 🎉 tent", 3);
        assertEquals(List.of("محمد حداد"), clientsFound("דוד"));
        assertEquals(List.of("محمد حداد"), clientsFound("مُحَمَّد"));
        assertEquals(List.of("محمد حداد"), clientsFound("🎉"));
    }

    @Test
    void aChangeMadeAfterTheLastSearchIsFoundByTheNext() {
        RecordedReferral boiler = record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        assertEquals(List.of(), clientsFound("jurgen"));
        // another Referral Desk on the same desk (the command line) records a story
        new Referrals(desk.store(), TempDesk.CLOCK).record(NewReferral.of("Anna Keller", "Jürgen Vogel",
                Channel.PHONE, "Roof").receivedAt(TempDesk.NOW.minus(Duration.ofDays(1))));
        assertEquals(List.of("Jürgen Vogel"), clientsFound("jurgen"));
        Contact ben = desk.in(tx -> tx.contacts().find(boiler.referral().clientId())).orElseThrow();
        desk.use(tx -> tx.contacts().update(new Contact(ben.id(), "Benoît Okafor", ben.company(), ben.email(),
                ben.phone(), ben.address(), ben.notes())));
        assertEquals(List.of("Benoît Okafor"), clientsFound("benoit"));
        new Trash(desk.store(), TempDesk.CLOCK).deleteStory(boiler.referral().id());
        assertEquals(List.of(), clientsFound("benoit"));
    }

    @Test
    void aSearchKeepsTheOrderAndFiltersOfTheList() {
        new SampleData(desk.store(), TempDesk.CLOCK).fill();
        SearchKey key = SearchKey.of("an");
        for (ReferralQuery.Sort sort : ReferralQuery.Sort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                for (ReferralQuery filter : List.of(ReferralQuery.all(), ReferralQuery.all().withAct(Act.MIDDLE),
                        ReferralQuery.all().withOutcome(Stage.WON), ReferralQuery.all().withNeedsAttention(true))) {
                    ReferralQuery query = filter.sortedBy(sort, descending);
                    List<Long> expected = referrals.search(query, 500, 0).rows().stream()
                            .filter(r -> key.foundIn(SearchKey.fold(r.referrerName()))
                                    || key.foundIn(SearchKey.fold(r.clientName()))
                                    || key.foundIn(SearchKey.fold(r.need())))
                            .map(ReferralSummary::id).toList();
                    ReferralPage found = referrals.search(query.withSearch("an"), 500, 0);
                    assertEquals(expected, found.rows().stream().map(ReferralSummary::id).toList(), query.toString());
                    assertEquals(expected.size(), found.total());
                }
            }
        }
    }

    @Test
    void aPageAndTheCountComeFromOnePass() {
        for (int i = 1; i <= 5; i++) {
            record("Anna Keller", "Client " + i, "Boiler " + i, i);
        }
        ReferralPage first = referrals.search(ReferralQuery.all().withSearch("boiler"), 2, 0);
        assertEquals(List.of("Client 1", "Client 2"), first.rows().stream().map(ReferralSummary::clientName).toList());
        assertEquals(5, first.total());
        ReferralPage next = referrals.search(ReferralQuery.all().withSearch("boiler"), 2, 2);
        assertEquals(List.of("Client 3", "Client 4"), next.rows().stream().map(ReferralSummary::clientName).toList());
        assertEquals(-1, next.total(), "a later page is not counted again");
    }

    @Test
    void aCancelledSearchStopsAtItsNextStepAndReturnsNothing() {
        record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        SearchRun overtaken = new SearchRun();
        overtaken.cancel();
        assertThrows(SearchOvertaken.class,
                () -> referrals.search(ReferralQuery.all().withSearch("anna"), 500, 0, overtaken));
        assertThrows(SearchOvertaken.class, () -> referrals.search(ReferralQuery.all(), 500, 0, overtaken));
        SearchRun newer = new SearchRun();
        assertEquals(1, referrals.search(ReferralQuery.all().withSearch("anna"), 500, 0, newer).total());
        assertFalse(newer.isCancelled());
        assertTrue(overtaken.isCancelled());
    }
}
