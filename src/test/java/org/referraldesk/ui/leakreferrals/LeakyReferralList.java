package org.referraldesk.ui.leakreferrals;

import org.referraldesk.ui.leakstory.LeakyStoryScreen;

/** A deliberately wrong feature (test sources only): a double-click opens the story screen itself. */
public final class LeakyReferralList {
    private LeakyReferralList() {
    }

    public static Object open() {
        return "referrals";
    }

    public static Object openStory(long referralId) {
        return LeakyStoryScreen.open(referralId);
    }
}
