package org.referraldesk.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactMerge;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.LikelyDuplicate;
import org.referraldesk.domain.MergeMoves;
import org.referraldesk.domain.MergePreview;
import org.referraldesk.domain.MergeSide;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Playbook;
import org.referraldesk.store.ContactMergeDao;
import org.referraldesk.store.MergedRows;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Two records of one person made one, in one transaction: the kept record takes the details the
 * owner chose, and every story, follow-up, touch, gift, referral given and VIP invite of the other;
 * the other goes to the trash, from where restoring it undoes the merge (ADR 0018).
 */
public final class ContactMerges {
    private final Store store;
    private final Clock clock;

    public ContactMerges(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Both records with what each has; refused (as {@link #merge} would be) when they cannot be one person. */
    public MergePreview preview(long keepId, long otherId) {
        return store.inTransaction(tx -> {
            refuseTwoPeople(tx, keepId, otherId);
            return new MergePreview(side(tx, keepId), side(tx, otherId));
        });
    }

    /**
     * Merges {@code otherId} into {@code keepId}, which takes the details {@code chosen} (its id is
     * ignored); returns the merge as the trash holds it.
     */
    public ContactMerge merge(long keepId, long otherId, Contact chosen) {
        if (chosen == null) {
            throw new InvalidInput("name", "text.blank", InvalidInput.label("label.contactName"));
        }
        Contact after = FieldLimits.contact("", chosen.withId(keepId));
        String email = Checks.email("email", after.email());
        return store.inTransaction(tx -> {
            refuseTwoPeople(tx, keepId, otherId);
            Contact before = contact(tx, keepId);
            ContactMergeDao merges = tx.contactMerges();
            tx.trash().trashContact(otherId, clock.instant());
            if (email != null) {
                Optional<Contact> holder = tx.contacts().findByEmail(email).filter(c -> c.id() != keepId);
                if (holder.isPresent()) {
                    throw new InvalidInput("email", "contact.emailTaken", holder.get().name(), email);
                }
            }
            Optional<PartnerSettings> added = tx.partners().find(keepId).isPresent() ? Optional.empty()
                    : tx.partners().find(otherId);
            long mergeId = merges.insert(keepId, otherId, clock.instant(), added.isPresent(), before, after);
            for (MergedRows rows : MergedRows.values()) {
                List<Long> ids = new ArrayList<>(merges.rowsOf(rows, otherId));
                ids.removeAll(staying(tx, rows, keepId, otherId));
                merges.move(rows, ids, otherId, keepId);
                merges.insertMoves(mergeId, rows.name(), ids);
            }
            tx.contacts().update(after);
            added.ifPresent(settings -> tx.partners().save(settings.forContact(keepId)));
            checkIns(tx, clock, keepId);
            return merges.find(mergeId).orElseThrow();
        });
    }

    /**
     * The other's rows that stay with it: a VIP invite for a year the kept record has one for (one
     * invite per partner and year: the kept record's counts) with its follow-up, and its open check-in
     * when the kept record has one (one open check-in per partner). They come back with it on a restore.
     */
    private static List<Long> staying(Tx tx, MergedRows rows, long keepId, long otherId) {
        ContactMergeDao merges = tx.contactMerges();
        List<Integer> clash = new ArrayList<>(merges.inviteYears(keepId));
        clash.retainAll(merges.inviteYears(otherId));
        return switch (rows) {
            case VIP_INVITES -> clash.isEmpty() ? List.of() : merges.invitesIn(otherId, clash);
            case FOLLOW_UPS -> {
                List<Long> stay = new ArrayList<>(clash.isEmpty() ? List.of() : merges.inviteFollowUpsIn(otherId, clash));
                if (!merges.openCheckIns(keepId).isEmpty()) {
                    stay.addAll(merges.openCheckIns(otherId));
                }
                yield stay;
            }
            default -> List.of();
        };
    }

    /** What merge {@code mergeId} moved (while it waits in the trash), row by row as it was recorded. */
    public MergeMoves moves(long mergeId) {
        return store.inTransaction(tx -> {
            ContactMergeDao merges = tx.contactMerges();
            merges.find(mergeId).orElseThrow(() -> new NotFound("merge", mergeId));
            java.util.function.ToIntFunction<MergedRows> moved = rows -> merges.movesOf(mergeId, rows.name()).size();
            return new MergeMoves(moved.applyAsInt(MergedRows.AS_REFERRER), moved.applyAsInt(MergedRows.AS_CLIENT),
                    moved.applyAsInt(MergedRows.FOLLOW_UPS), moved.applyAsInt(MergedRows.TOUCHES),
                    moved.applyAsInt(MergedRows.GIFTS),
                    moved.applyAsInt(MergedRows.GIVEN_TO) + moved.applyAsInt(MergedRows.GIVEN_AS_CLIENT),
                    moved.applyAsInt(MergedRows.VIP_INVITES));
        });
    }

    /** The record's next check-in from what it has now (a touch that moved over counts). */
    static void checkIns(Tx tx, Clock clock, long contactId) {
        if (tx.partners().find(contactId).isPresent()) {
            HeroCheckIns.sync(tx, new Playbook(OwnerSettings.playbook(tx), clock), contactId);
        }
    }

    /** Pairs of live records the import's duplicate rule (same email; same name and phone) says are one person. */
    public List<LikelyDuplicate> likelyDuplicates() {
        List<Contact> all = store.inTransaction(tx -> tx.contacts().list());
        ContactIndex seen = new ContactIndex(List.of());
        List<LikelyDuplicate> found = new ArrayList<>();
        for (Contact contact : all.stream().sorted(java.util.Comparator.comparingLong(Contact::id)).toList()) {
            seen.match(contact).ifPresent(earlier -> found.add(new LikelyDuplicate(earlier, contact,
                    sameEmail(earlier, contact) ? LikelyDuplicate.Reason.SAME_EMAIL
                            : LikelyDuplicate.Reason.SAME_NAME_AND_PHONE)));
            seen.put(contact);
        }
        return found;
    }

    private static boolean sameEmail(Contact a, Contact b) {
        return ContactIndex.emailKey(a) != null && ContactIndex.emailKey(a).equals(ContactIndex.emailKey(b));
    }

    private static void refuseTwoPeople(Tx tx, long keepId, long otherId) {
        if (keepId == otherId) {
            throw InvalidInput.ofRequest("merge.sameRecord");
        }
        Contact keep = contact(tx, keepId);
        Contact other = contact(tx, otherId);
        int stories = tx.contactMerges().storiesTogether(keepId, otherId);
        if (stories > 0) {
            throw InvalidInput.ofRequest("merge.inOneStory", keep.name(), other.name(), stories);
        }
        int given = tx.contactMerges().givenTogether(keepId, otherId);
        if (given > 0) {
            throw InvalidInput.ofRequest("merge.inOneGiven", keep.name(), other.name(), given);
        }
    }

    private static Contact contact(Tx tx, long id) {
        return tx.contacts().find(id).orElseThrow(() -> new NotFound("contact", id));
    }

    private static MergeSide side(Tx tx, long id) {
        ContactMergeDao merges = tx.contactMerges();
        return new MergeSide(contact(tx, id), tx.partners().find(id).isPresent(),
                merges.countOf(MergedRows.AS_REFERRER, id), merges.countOf(MergedRows.AS_CLIENT, id),
                merges.countOf(MergedRows.FOLLOW_UPS, id), merges.countOf(MergedRows.TOUCHES, id),
                merges.countOf(MergedRows.GIFTS, id),
                merges.countOf(MergedRows.GIVEN_TO, id) + merges.countOf(MergedRows.GIVEN_AS_CLIENT, id),
                merges.countOf(MergedRows.VIP_INVITES, id));
    }
}
