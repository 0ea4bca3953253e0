package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.testing.TempDesk;

class TrashTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Trash trash;
    private Referral story;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        trash = new Trash(desk.store(), TempDesk.CLOCK);
        story = desk.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A new boiler")
                .receivedAt(TempDesk.NOW.minus(Duration.ofDays(3)))).referral();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aDeletedStoryLeavesTheListAndTheDueListAndComesBackWhenRestored() {
        int due = desk.followUps().dueAt(TempDesk.NOW).size();
        trash.deleteStory(story.id());
        assertEquals(0, desk.referrals().count());
        assertEquals(0, desk.followUps().dueAt(TempDesk.NOW).stream().filter(f -> story.id() == f.referralId()).count());
        List<TrashItem> items = trash.items();
        assertEquals(List.of(TrashItem.Kind.STORY), items.stream().map(TrashItem::kind).toList());
        assertEquals("Anna Keller \u2192 Ben Okafor", items.get(0).label());
        trash.restore(items.get(0));
        assertEquals(1, desk.referrals().count());
        assertEquals(due, desk.followUps().dueAt(TempDesk.NOW).size());
        assertTrue(trash.items().isEmpty());
    }

    @Test
    void deletingForGoodIsASecondStepThatRemovesTheStoryAndItsFollowUps() {
        trash.deleteStory(story.id());
        trash.purge(trash.items().get(0));
        assertTrue(trash.items().isEmpty());
        desk.assertRefused(NotFound.class, "No referral with id " + story.id() + ".", () -> desk.referrals().find(story.id()));
        assertEquals(0, desk.count(tx -> tx.followUps().forReferral(story.id()).size()));
    }

    @Test
    void aLiveStoryCannotBeDeletedForGoodWithoutGoingThroughTheTrash() {
        desk.assertRefused(NotFound.class, "No story in the trash with id " + story.id() + ".",
                () -> trash.purge(new TrashItem(TrashItem.Kind.STORY, story.id(), "x", TempDesk.NOW)));
    }

    @Test
    void aContactStillInAStoryCannotBeDeleted() {
        desk.assertRefused("This contact is in 1 story; delete those first.", () -> trash.deleteContact(story.referrerId()));
    }

    @Test
    void aContactWhoseStoriesAreGoneCanBeDeletedAndRestored() {
        trash.deleteStory(story.id());
        trash.purge(trash.items().get(0));
        trash.deleteContact(story.clientId());
        assertEquals(TrashItem.Kind.CONTACT, trash.items().get(0).kind());
        trash.restore(trash.items().get(0));
        assertTrue(trash.items().isEmpty());
    }

    @Test
    void someoneNamedInAReferralGivenCannotBeDeletedAMergeTakesInAMisspeltRecord() {
        long frank = desk.services().referralsGiven().logGiven(story.referrerId(), "Frank Moreau",
                java.time.LocalDate.of(2026, 3, 8), null).clientId();
        String refusal = "This contact is named in a referral you gave, so it stays. If it is a misspelt copy of someone,"
                + " use Merge with\u2026 instead.";
        desk.assertRefused(refusal, () -> trash.deleteContact(frank));
        trash.deleteStory(story.id());
        trash.purge(trash.items().get(0));
        desk.assertRefused(refusal, () -> trash.deleteContact(story.referrerId())); // the one we sent work to
    }

    @Test
    void someoneNamedInAReferralGivenWhoIsInTheTrashAnywayIsNotDeletedForGood() {
        long frank = desk.services().referralsGiven().logGiven(story.referrerId(), "Frank Moreau",
                java.time.LocalDate.of(2026, 3, 8), null).clientId();
        desk.use(tx -> tx.trash().trashContact(frank, TempDesk.NOW)); // as a desk from before this rule may hold

        desk.assertRefused("This contact is still named in a referral you gave, so it cannot be deleted for good. If it"
                + " is a misspelt copy of someone, restore it and use Merge with\u2026 instead.",
                () -> trash.purge(trash.items().get(0)));
    }

    @Test
    void aDeletedFollowUpLeavesTheDueListUntilRestored() {
        FollowUp first = desk.referrals().followUps(story.id()).get(0);
        int due = desk.followUps().dueAt(TempDesk.NOW).size();
        trash.deleteFollowUp(first.id());
        assertEquals(due - 1, desk.followUps().dueAt(TempDesk.NOW).size());
        trash.restore(trash.items().get(0));
        assertEquals(due, desk.followUps().dueAt(TempDesk.NOW).size());
    }
}
