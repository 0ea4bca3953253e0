package org.referraldesk.domain;

import java.util.List;

/**
 * Everything the partner view shows about one partner: their contact details, how the owner looks
 * after them, their numbers, their stories (newest first) and their touches (newest first).
 */
public record PartnerProfile(Contact contact, PartnerSettings settings, PartnerSummary summary,
        List<ReferralSummary> stories, List<Touch> touches) {

    public PartnerProfile {
        stories = List.copyOf(stories);
        touches = List.copyOf(touches);
    }

    public long id() {
        return contact.id();
    }
}
