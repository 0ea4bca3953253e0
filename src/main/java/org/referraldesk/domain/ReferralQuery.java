package org.referraldesk.domain;

import java.util.Objects;

/**
 * What the owner wants to see in the referrals list: words to search for in names and needs, an
 * act, an outcome, only stories that need attention (an overdue follow-up), and an order.
 */
public record ReferralQuery(String search, Act act, Stage outcome, boolean needsAttention, Sort sort,
        boolean descending) {

    /** The columns the list can be ordered by. */
    public enum Sort { REFERRER, CLIENT, NEED, STAGE, RECEIVED, NEXT_FOLLOW_UP }

    public ReferralQuery {
        search = InvalidInput.optionalText(search);
        Objects.requireNonNull(sort, "sort");
        if (outcome != null && !outcome.isEnd()) {
            throw new InvalidInput("outcome", "outcome.kind");
        }
    }

    /** Every story, newest first. */
    public static ReferralQuery all() {
        return new ReferralQuery(null, null, null, false, Sort.RECEIVED, true);
    }

    public ReferralQuery withSearch(String text) {
        return new ReferralQuery(text, act, outcome, needsAttention, sort, descending);
    }

    public ReferralQuery withAct(Act newAct) {
        return new ReferralQuery(search, newAct, outcome, needsAttention, sort, descending);
    }

    public ReferralQuery withOutcome(Stage newOutcome) {
        return new ReferralQuery(search, act, newOutcome, needsAttention, sort, descending);
    }

    public ReferralQuery withNeedsAttention(boolean only) {
        return new ReferralQuery(search, act, outcome, only, sort, descending);
    }

    public ReferralQuery sortedBy(Sort newSort, boolean newDescending) {
        return new ReferralQuery(search, act, outcome, needsAttention, newSort, newDescending);
    }
}
