package org.referraldesk.ui.leakstory;

import org.referraldesk.ui.leakreferrals.LeakyReferralList;

/** A deliberately wrong feature (test sources only): its Back button builds the referrals list itself. */
public final class LeakyStoryScreen {
    private LeakyStoryScreen() {
    }

    public static Object backToReferrals() {
        return LeakyReferralList.open();
    }

    public static Object open(long referralId) {
        return "story " + referralId;
    }
}
