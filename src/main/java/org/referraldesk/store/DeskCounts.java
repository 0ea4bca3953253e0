package org.referraldesk.store;

/** How many stories (referrals) and contacts a desk holds, read whole. */
public record DeskCounts(int stories, int contacts) {
}
