package org.referraldesk.service;

import java.util.ArrayList;
import java.util.List;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.Referral;

/**
 * What one stage move (next stage, won, not a fit, lost) did, so that it can be undone: the story
 * before and after, the step it put on the timeline, the follow-ups it added, and the referrer's
 * open news it changed instead of adding another ({@code newsBefore} as it was, {@code newsAfter} as
 * it is now; both null when it changed none).
 */
public record StageMove(Referral before, Referral after, long eventId, List<FollowUp> created,
        FollowUp newsBefore, FollowUp newsAfter) {

    public StageMove {
        created = List.copyOf(created);
    }

    public long referralId() {
        return after.id();
    }

    /** Every follow-up the move planned: the ones it added and the news it brought up to date. */
    public List<FollowUp> followUps() {
        List<FollowUp> all = new ArrayList<>(created);
        if (newsAfter != null) {
            all.add(newsAfter);
        }
        return all;
    }
}
