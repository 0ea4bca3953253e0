package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Playbook;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/** The owner's to-do list: what is due, and marking things done, snoozed or skipped. */
public final class FollowUps {
    private final Store store;
    private final Clock clock;
    private final Partners partners;

    public FollowUps(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.partners = new Partners(store, clock);
    }

    /** Open follow-ups due at {@code at} (or now), the longest overdue first. */
    public List<FollowUpLine> dueAt(Instant at) {
        Instant when = at == null ? clock.instant() : at;
        return store.inTransaction(tx -> tx.followUps().dueBy(when));
    }

    /**
     * Marks a follow-up done. One that is a message, call, card, gift or public thank-you to the
     * partner counts as that touch and restarts their check-in clock, as a logged touch does.
     */
    public void complete(long id, Instant at) {
        store.useTransaction(tx -> complete(tx, id, at));
    }

    void complete(Tx tx, long id, Instant at) {
        complete(tx, id, at, true);
    }

    /** Marks it done; it is logged as a touch only when {@code touch} (a caller logging its own says no). */
    void complete(Tx tx, long id, Instant at, boolean touch) {
        Instant now = clock.instant();
        Instant when = at == null ? now : Checks.past("at", at, now, "label.timeDone");
        FollowUp followUp = open(tx, id);
        tx.followUps().markDone(id, when);
        Optional<TouchKind> contact = followUp.kind().touchWithPartner();
        if (touch && contact.isPresent() && followUp.partnerId() != null
                && tx.partners().find(followUp.partnerId()).isPresent()) {
            partners.logTouch(tx, followUp.partnerId(), contact.get(), when, Labels.forOwner().of(followUp.kind()));
        }
    }

    /** Puts a follow-up off until a later time; it keeps its original due time on record. */
    public void snooze(long id, Instant until) {
        if (until == null || !until.isAfter(clock.instant())) {
            throw new InvalidInput("until", "snooze.past");
        }
        store.useTransaction(tx -> {
            open(tx, id);
            tx.followUps().snooze(id, until);
        });
    }

    /** Decides not to do a follow-up, saying why. */
    public void skip(long id, String reason) {
        String why = FieldLimits.requiredText("reason", reason, FieldLimits.SKIP_REASON, "label.reasonSkip");
        Instant now = clock.instant();
        store.useTransaction(tx -> {
            open(tx, id);
            tx.followUps().skip(id, now, why);
        });
    }

    /**
     * Undoes a done, skip or snooze: puts the follow-up's done time, skip and snooze back as they were
     * in {@code before} (read just before the change). Its kind, due time and story stay as they are.
     */
    public void restore(FollowUp before) {
        if (before == null) {
            throw new InvalidInput("followUp", "followUp.missing");
        }
        store.useTransaction(tx -> {
            FollowUp done = tx.followUps().find(before.id()).orElseThrow(() -> new NotFound("follow-up", before.id()));
            tx.followUps().restore(before);
            if (before.doneAt() == null && done.doneAt() != null) {
                takeBackTouch(tx, done);
            }
        });
    }

    /**
     * An undone Done takes back the touch it logged, and so the check-in clock it moved: the one open
     * check-in is the restored one again, due as the partner's remaining touches say.
     */
    private void takeBackTouch(Tx tx, FollowUp done) {
        Optional<TouchKind> contact = done.kind().touchWithPartner();
        if (contact.isEmpty() || done.partnerId() == null) {
            return;
        }
        long partner = done.partnerId();
        tx.touches().deleteOne(Touch.of(partner, contact.get(), done.doneAt(), Labels.forOwner().of(done.kind())));
        if (done.kind() == FollowUpKind.HERO_CHECK_IN) {
            tx.followUps().openOfKind(partner, FollowUpKind.HERO_CHECK_IN).stream()
                    .filter(other -> other.id() != done.id()).forEach(other -> tx.followUps().deleteRow(other.id()));
        }
        HeroCheckIns.sync(tx, new Playbook(OwnerSettings.playbook(tx), clock), partner);
    }

    /**
     * Opens a done or skipped follow-up again (done by mistake, or skipped too soon): it is due as it
     * was before, and a touch its completion logged stays logged. Refuses one that is still open.
     */
    public FollowUp reopen(long followUpId) {
        return store.inTransaction(tx -> {
            FollowUp followUp = tx.followUps().find(followUpId)
                    .orElseThrow(() -> new NotFound("follow-up", followUpId));
            if (followUp.isOpen()) {
                throw InvalidInput.ofRequest("followUp.open", InvalidInput.label("label.followUpNumbered", followUpId));
            }
            tx.followUps().reopen(followUpId);
            return tx.followUps().find(followUpId).orElseThrow();
        });
    }

    public FollowUp find(long id) {
        return store.inTransaction(tx -> tx.followUps().find(id).orElseThrow(() -> new NotFound("follow-up", id)));
    }

    private static FollowUp open(Tx tx, long id) {
        return requireOpen(tx.followUps().find(id).orElseThrow(() -> new NotFound("follow-up", id)), InvalidInput.label("label.followUpNumbered", id));
    }

    /** Refuses a follow-up that is done or skipped: "{called} is already done." */
    static FollowUp requireOpen(FollowUp followUp, InvalidInput.Label called) {
        if (!followUp.isOpen()) {
            throw InvalidInput.ofRequest("followUp.closed", called, followUp.doneAt() != null ? "done" : "skipped");
        }
        return followUp;
    }
}
