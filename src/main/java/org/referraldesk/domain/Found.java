package org.referraldesk.domain;

import java.util.List;

/**
 * What the desk-wide search found for what was typed, in three groups, the best matches first (a
 * match at the start of the words before one inside a word), each cut to the group's first lines;
 * the counts say how many matched in all.
 */
public record Found(String typed, List<FoundPerson> contacts, int contactCount, List<ReferralSummary> stories,
        int storyCount, List<FoundPerson> partners, int partnerCount) {

    public Found {
        contacts = List.copyOf(contacts);
        stories = List.copyOf(stories);
        partners = List.copyOf(partners);
    }

    /** Nothing matched in any group. */
    public boolean isEmpty() {
        return contactCount == 0 && storyCount == 0 && partnerCount == 0;
    }
}
