package org.referraldesk.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Deleting is undoable: a deleted story, contact or follow-up waits in the trash (its follow-ups
 * leave the due list meanwhile) until it is restored, or deleted for good as a second, explicit step.
 * A merged contact waits there too: restoring it undoes the merge ({@link ContactMerges}).
 */
public final class Trash {
    private final Store store;
    private final Clock clock;

    public Trash(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void deleteStory(long referralId) {
        store.useTransaction(tx -> found(tx.trash().trashStory(referralId, clock.instant()), "referral", referralId));
    }

    /**
     * A contact still in a story, or named in a referral given (sent on to them, or sent on as the
     * client), cannot be deleted: the story or the ledger would lose a person. A misspelt copy of
     * someone is taken in by merging it into the right record.
     */
    public void deleteContact(long contactId) {
        store.useTransaction(tx -> {
            int stories = tx.trash().liveStoriesOf(contactId);
            if (stories > 0) {
                throw InvalidInput.ofRequest("trash.contactInStories", stories);
            }
            int given = tx.trash().givenNaming(contactId);
            if (given > 0) {
                throw InvalidInput.ofRequest("trash.contactInGiven", given);
            }
            found(tx.trash().trashContact(contactId, clock.instant()), "contact", contactId);
        });
    }

    public void deleteFollowUp(long followUpId) {
        store.useTransaction(tx -> {
            found(tx.trash().trashFollowUp(followUpId, clock.instant()), "follow-up", followUpId);
            tx.followUps().keepNextDue(followUpId);
        });
    }

    /** Everything in the trash, the latest deleted first. */
    public List<TrashItem> items() {
        return store.inTransaction(tx -> tx.trash().items());
    }

    public void restore(TrashItem item) {
        store.useTransaction(tx -> {
            switch (item.kind()) {
                case STORY -> found(tx.trash().restoreStory(item.id()), "referral", item.id());
                case CONTACT -> found(tx.trash().restoreContact(item.id()), "contact", item.id());
                case FOLLOW_UP -> {
                    found(tx.trash().restoreFollowUp(item.id()), "follow-up", item.id());
                    tx.followUps().keepNextDue(item.id());
                }
                case MERGE -> MergeUndo.restore(tx, clock, item.id());
                default -> throw new IllegalArgumentException(item.kind().name());
            }
        });
    }

    /** Deletes a trashed item for good, with everything that only belongs to it. */
    public void purge(TrashItem item) {
        store.useTransaction(tx -> {
            switch (item.kind()) {
                case STORY -> purgeStory(tx, item.id());
                case CONTACT -> purgeContact(tx, item.id());
                case FOLLOW_UP -> found(tx.trash().purgeFollowUp(item.id()), "follow-up in the trash", item.id());
                case MERGE -> purgeContact(tx, MergeUndo.forget(tx, item.id()));
                default -> throw new IllegalArgumentException(item.kind().name());
            }
        });
    }

    private static void purgeStory(Tx tx, long id) {
        tx.trash().purgeFollowUpsOfStory(id);
        tx.trash().purgeEventsOfStory(id);
        tx.emailThreads().purge(id);
        tx.trash().detachGiftsFromStory(id);
        found(tx.trash().purgeStory(id), "story in the trash", id);
    }

    private static void purgeContact(Tx tx, long id) {
        if (tx.trash().anyStoriesOf(id) > 0) {
            throw InvalidInput.ofRequest("trash.contactInTrashedStories");
        }
        int given = tx.trash().givenNaming(id);
        if (given > 0) {
            throw InvalidInput.ofRequest("trash.contactInGivenForGood", given);
        }
        Optional<String> merged = tx.contactMerges().mergedInto(id);
        if (merged.isPresent()) { // its rows hold what the merge moved in: they would go with it
            throw InvalidInput.ofRequest("trash.mergeIntoWaits", merged.get());
        }
        MergeUndo.forgetAllOf(tx, id);
        tx.trash().purgeTouchesOf(id);
        tx.trash().purgeGiftsOf(id);
        tx.trash().purgeVipInvitesOf(id);
        tx.trash().purgeFollowUpsOf(id);
        tx.trash().purgePartner(id);
        found(tx.trash().purgeContact(id), "contact in the trash", id);
    }

    private static void found(int rows, String what, long id) {
        if (rows == 0) {
            throw new NotFound(what, id);
        }
    }
}
