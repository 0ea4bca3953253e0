package org.referraldesk.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactMerge;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.store.ContactMergeDao;
import org.referraldesk.store.MergedRows;
import org.referraldesk.store.Tx;

/**
 * A merge in the trash, restored or forgotten. Restoring moves back every row that moved (those
 * still with the kept record), puts back each of the kept record's details the owner has not changed
 * since, deletes the partner row the merge added with the check-ins still open for it (unless the
 * kept record refers a story now, in the trash or not) and brings the merged
 * record back. Forgetting it deletes the merged record for good.
 */
final class MergeUndo {
    private MergeUndo() {
    }

    static void restore(Tx tx, Clock clock, long mergeId) {
        ContactMerge merge = find(tx, mergeId);
        refuseKeptInTrash(tx, merge);
        ContactMergeDao merges = tx.contactMerges();
        for (MergedRows rows : MergedRows.values()) {
            merges.move(rows, merges.movesOf(mergeId, rows.name()), merge.keptId(), merge.mergedId());
        }
        tx.contacts().find(merge.keptId()).ifPresent(now -> tx.contacts().update(detailsBack(merge, now)));
        if (merge.partnerAdded() && merges.rowsOf(MergedRows.AS_REFERRER, merge.keptId()).isEmpty()) {
            merges.forgetOpenCheckIns(merge.keptId());
            tx.trash().purgePartner(merge.keptId());
        }
        tx.trash().restoreContact(merge.mergedId());
        forget(tx, mergeId);
        ContactMerges.checkIns(tx, clock, merge.keptId());
        ContactMerges.checkIns(tx, clock, merge.mergedId());
    }

    /**
     * A merge whose kept record is in the trash (merged away by a later merge, or deleted) cannot be
     * undone yet: nothing of it points at a live record. The owner restores that record first.
     */
    private static void refuseKeptInTrash(Tx tx, ContactMerge merge) {
        if (tx.contacts().find(merge.keptId()).isPresent()) {
            return;
        }
        Optional<Long> later = tx.contactMerges().mergeThatTook(merge.keptId());
        TrashItem.Kind kind = later.isPresent() ? TrashItem.Kind.MERGE : TrashItem.Kind.CONTACT;
        long id = later.orElse(merge.keptId());
        String kept = tx.contactMerges().nameOf(merge.keptId());
        String first = tx.trash().items().stream().filter(i -> i.kind() == kind && i.id() == id)
                .map(TrashItem::label).findFirst().orElse(kept);
        throw InvalidInput.ofRequest("merge.keptInTrash", first, kept);
    }

    /** Forgets the merge; returns the record it merged away, still in the trash. */
    static long forget(Tx tx, long mergeId) {
        long merged = find(tx, mergeId).mergedId();
        tx.contactMerges().forgetMoves(mergeId);
        tx.contactMerges().forget(mergeId);
        return merged;
    }

    /** Forgets every merge that kept or merged away contact {@code contactId} (it is being deleted for good). */
    static void forgetAllOf(Tx tx, long contactId) {
        tx.contactMerges().mergesOf(contactId).forEach(id -> forget(tx, id));
    }

    private static Contact detailsBack(ContactMerge merge, Contact now) {
        Contact before = merge.before();
        Contact after = merge.after();
        return new Contact(now.id(), back(now.name(), before.name(), after.name()),
                back(now.company(), before.company(), after.company()), back(now.email(), before.email(), after.email()),
                back(now.phone(), before.phone(), after.phone()),
                back(now.address(), before.address(), after.address()), back(now.notes(), before.notes(), after.notes()));
    }

    private static String back(String now, String before, String after) {
        return Objects.equals(now, after) ? before : now;
    }

    private static ContactMerge find(Tx tx, long mergeId) {
        return tx.contactMerges().find(mergeId).orElseThrow(() -> new NotFound("merge", mergeId));
    }
}
