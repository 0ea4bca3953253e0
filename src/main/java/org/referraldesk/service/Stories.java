package org.referraldesk.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralGiven;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * One story at a time: read it whole, or reopen one that has ended. Moving and closing a story are
 * {@link Referrals}' work; completing, snoozing and skipping its follow-ups are {@link FollowUps}'.
 */
public final class Stories {
    /** Follow-ups that only an ending creates: once the story is reopened, the open ones no longer apply. */
    private static final Set<FollowUpKind> ENDING_ONLY = EnumSet.of(FollowUpKind.PUBLIC_THANKS, FollowUpKind.GIFT,
            FollowUpKind.EXPLAIN_NOT_A_FIT, FollowUpKind.CLIENT_CALLBACK);

    private final Store store;
    private final Referrals referrals;

    public Stories(Store store, Referrals referrals) {
        this.store = store;
        this.referrals = referrals;
    }

    /** The story with its people, timeline and follow-ups, in one transaction. */
    public Story load(long referralId) {
        return store.inTransaction(tx -> load(tx, referralId));
    }

    static Story load(Tx tx, long referralId) {
        Referral referral = Referrals.find(tx, referralId);
        return new Story(referral, contact(tx, referral.referrerId()), contact(tx, referral.clientId()),
                tx.events().timeline(referralId), tx.followUps().forReferral(referralId),
                tx.referralsGiven().fromStory(referralId).stream().map(ReferralGiven::toContactId).findFirst()
                        .orElse(null), tx.emailThreads().of(referralId).orElse(null));
    }

    /**
     * Reopens an ended story, saying why: it goes back to the last open stage it reached, its outcome is
     * cleared, the timeline records the reopening with the reason, and the open follow-ups that only
     * the ending asked for (gift, public thanks, not-a-fit explanation, client call-back) are skipped.
     * Returns those skipped follow-ups. A missing time means now.
     */
    public List<FollowUp> reopen(long referralId, String reason, Instant at) {
        String why = FieldLimits.requiredText("reason", reason, FieldLimits.REOPEN_REASON, "label.reasonReopen");
        return store.inTransaction(tx -> {
            Referral ended = Referrals.find(tx, referralId);
            Referral reopened = ended.reopened(tx.events().timeline(referralId));
            Instant when = referrals.when(tx, at, ended);
            tx.referrals().updateStage(reopened);
            tx.referralsGiven().deleteFromStory(referralId);
            tx.events().insert(StoryEvent.of(referralId, when, reopened.stage(), why));
            List<FollowUp> skipped = new ArrayList<>();
            for (FollowUp f : tx.followUps().forReferral(referralId)) {
                if (f.isOpen() && ENDING_ONLY.contains(f.kind())) {
                    tx.followUps().skip(f.id(), when, "Story reopened: " + why);
                    skipped.add(tx.followUps().find(f.id()).orElseThrow());
                }
            }
            return skipped;
        });
    }

    private static Contact contact(Tx tx, long id) {
        return tx.contacts().find(id).orElseThrow(() -> new NotFound("contact", id));
    }
}
