package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Found;
import org.referraldesk.domain.FoundPerson;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.testing.TempDesk;

/** The desk-wide search (Ctrl+K, `search`): who and what one box finds, grouped, best matches first. */
class DeskSearchTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private DeskSearch search;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        search = desk.services().search();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private RecordedReferral record(String referrer, String client, String need, int daysAgo) {
        return desk.referrals().record(NewReferral.of(referrer, client, Channel.PHONE, need)
                .receivedAt(TempDesk.NOW.minus(Duration.ofDays(daysAgo))));
    }

    private long contact(Contact contact) {
        return desk.in(tx -> tx.contacts().insert(contact, TempDesk.NOW));
    }

    private static List<String> names(List<FoundPerson> people) {
        return people.stream().map(FoundPerson::name).toList();
    }

    private static List<String> clients(List<ReferralSummary> stories) {
        return stories.stream().map(ReferralSummary::clientName).toList();
    }

    @Test
    void partnersClientsAndStoriesAreFoundInTheirOwnGroups() {
        record("Zoë Lefèvre", "Ben Okafor", "A new boiler", 3);
        Found found = search.find("lefevre", 5);
        assertEquals(List.of("Zoë Lefèvre"), names(found.partners()));
        assertEquals(List.of(), names(found.contacts()), "a partner is listed once, under Partners");
        assertEquals(List.of("Ben Okafor"), clients(found.stories()));

        Found client = search.find("okafor", 5);
        assertEquals(List.of("Ben Okafor"), names(client.contacts()));
        assertEquals(FoundPerson.Role.CLIENT, client.contacts().get(0).role());
        assertEquals(List.of("Ben Okafor"), clients(client.stories()));
    }

    @Test
    void anOnwardContactOfANotAFitStoryIsFound() {
        long story = record("Anna Keller", "Ben Okafor", "Roof repair", 3).referral().id();
        desk.referrals().close(story, new Outcome.NotAFit("Roofs are not our trade", "Sunny Roofs Ltd"), null, null);
        Found found = search.find("sunny", 5);
        assertEquals(List.of("Sunny Roofs Ltd"), names(found.contacts()));
        assertEquals(FoundPerson.Role.ONWARD, found.contacts().get(0).role());
        assertEquals(List.of("Ben Okafor"), clients(found.stories()), "the story names who the client was sent on to");
        assertEquals(List.of("Ben Okafor"), clients(search.find("not our trade", 5).stories()), "its reason too");
    }

    @Test
    void storiesAreFoundByTheNotesOnTheirTimeline() {
        long story = record("Anna Keller", "Ben Okafor", "A new boiler", 3).referral().id();
        desk.referrals().move(story, org.referraldesk.domain.Stage.CONTACTED, null, "Prefers calls after six");
        assertEquals(List.of("Ben Okafor"), clients(search.find("after six", 5).stories()));
    }

    @Test
    void contactsAreFoundByEmailCompanyAndPhoneDigits() {
        contact(new Contact(0, "Zoë Lefèvre", "Lefèvre Design", "zoe@lefevre.example", "+44 20 7946 0105", null, null));
        contact(new Contact(0, "Tom Price", null, null, "+44 20 7946 0111", null, null));
        assertEquals(List.of("Tom Price", "Zoë Lefèvre"), names(search.find("7946", 5).contacts()), "by name");
        assertEquals(List.of("Tom Price"), names(search.find("7946 0111", 5).contacts()));
        assertEquals(List.of("Tom Price"), names(search.find("0044 20 7946 0111", 5).contacts()));
        assertEquals(List.of("Zoë Lefèvre"), names(search.find("zoe@lefevre", 5).contacts()));
        assertEquals(List.of("Zoë Lefèvre"), names(search.find("design", 5).contacts()));
    }

    @Test
    void wordPrefixesComeBeforeMatchesInsideWords() {
        contact(Contact.named("Joanna Kelly", null));
        contact(Contact.named("Anna Keller", null));
        contact(Contact.named("Dr Anna Kellerman", null));
        assertEquals(List.of("Anna Keller", "Dr Anna Kellerman", "Joanna Kelly"),
                names(search.find("ann kel", 5).contacts()));
    }

    @Test
    void storiesFoundAtTheStartOfAWordComeBeforeNewerOnesFoundInsideAWord() {
        record("Anna Keller", "Ben Okafor", "Boiler service", 9);
        record("Anna Keller", "Carla Rossi", "Reboiler for the brewery", 1);
        record("Anna Keller", "Dan Wu", "Boiler swap", 5);
        assertEquals(List.of("Dan Wu", "Ben Okafor", "Carla Rossi"), clients(search.find("boil", 5).stories()));
        assertEquals(List.of("Dan Wu", "Ben Okafor"), clients(search.find("boil", 2).stories()));
        assertEquals(3, search.find("boil", 2).storyCount());
    }

    @Test
    void hebrewArabicAndEmojiNamesAreFound() {
        record("דוד לוי", "مُحَمَّد حداد", "Party 🎉 tent", 3);
        assertEquals(List.of("דוד לוי"), names(search.find("לוי", 5).partners()));
        assertEquals(List.of("مُحَمَّد حداد"), names(search.find("محمد", 5).contacts()));
        assertEquals(List.of("مُحَمَّد حداد"), clients(search.find("🎉", 5).stories()));
    }

    @Test
    void eachGroupShowsItsFirstLinesAndCountsTheRest() {
        for (int i = 1; i <= 7; i++) {
            record("Partner " + i, "Client " + i, "Garden " + i, i);
        }
        Found found = search.find("garden", 3);
        assertEquals(List.of("Client 1", "Client 2", "Client 3"), clients(found.stories()), "newest first");
        assertEquals(7, found.storyCount());
        assertEquals(0, found.contactCount());
        assertTrue(search.find("nobody like this", 3).isEmpty());
    }

    @Test
    void storiesAndPeopleInTheTrashAreNotFound() {
        long story = record("Anna Keller", "Ben Okafor", "A new boiler", 3).referral().id();
        long gone = contact(Contact.named("Greta Gone", null));
        desk.services().trash().deleteStory(story);
        desk.services().trash().deleteContact(gone);
        assertTrue(search.find("boiler", 5).isEmpty());
        assertTrue(search.find("greta", 5).isEmpty());
    }

    @Test
    void theEmptyBoxShowsTheNewestStoriesAndTheirPeople() {
        record("Anna Keller", "Ben Okafor", "Older", 5);
        record("Zoë Lefèvre", "Carla Rossi", "Newer", 1);
        Found recent = search.recent(5);
        assertEquals(List.of("Carla Rossi", "Ben Okafor"), clients(recent.stories()));
        assertEquals(List.of("Zoë Lefèvre", "Anna Keller"), names(recent.partners()));
        assertEquals(List.of("Carla Rossi", "Ben Okafor"), names(recent.contacts()));
        assertTrue(search.find("   ", 5).isEmpty());
    }

    @Test
    void aNewerKeystrokeStopsTheOlderSearch() {
        record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        SearchRun run = new SearchRun();
        run.cancel();
        assertThrows(SearchOvertaken.class, () -> search.find("anna", 5, run));
    }

    @Test
    void whatWasWrittenSinceTheLastSearchIsFound() {
        record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        assertEquals(0, search.find("rossi", 5).storyCount());
        record("Anna Keller", "Carla Rossi", "Tiles", 1);
        assertEquals(List.of("Carla Rossi"), clients(search.find("rossi", 5).stories()));
    }
}
