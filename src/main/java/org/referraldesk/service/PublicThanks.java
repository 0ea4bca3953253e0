package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.store.Store;

/**
 * Thanking a referrer in public: the follow-up is done once the post is up, and where it was posted
 * is kept in the follow-up's note and in a touch (which restarts the check-in clock).
 */
public final class PublicThanks {
    /** Where owners usually post; the owner may type any other place. */
    public static final List<String> SUGGESTED_PLACES = List.of("LinkedIn", "Google review", "Website",
            "Newsletter", "Facebook", "Instagram");

    private final Store store;
    private final Clock clock;
    private final Partners partners;

    public PublicThanks(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.partners = new Partners(store, clock);
    }

    /** Marks a PUBLIC_THANKS follow-up done now, recording where it was posted (required, on "where"). */
    public FollowUp markPosted(long followUpId, String where) {
        String place = InvalidInput.requireLine("where", where, "label.postedWhere");
        FieldLimits.within("where", place, FieldLimits.POSTED_WHERE, "label.postedWhereShort");
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            FollowUp followUp = tx.followUps().find(followUpId).orElseThrow(() -> new NotFound("follow-up", followUpId));
            if (followUp.kind() != FollowUpKind.PUBLIC_THANKS) {
                throw InvalidInput.ofRequest("followUp.notPublicThanks", followUpId);
            }
            FollowUps.requireOpen(followUp, InvalidInput.label("label.publicThanks"));
            String note = org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").format("publicThanks.note", place);
            tx.followUps().markDone(followUpId, now, note);
            if (followUp.partnerId() != null) {
                partners.logTouch(tx, followUp.partnerId(), TouchKind.PUBLIC_THANKS, now,
                        org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").format("publicThanks.touch", place));
            }
            return tx.followUps().find(followUpId).orElseThrow();
        });
    }
}
