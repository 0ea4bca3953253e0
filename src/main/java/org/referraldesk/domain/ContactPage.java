package org.referraldesk.domain;

import java.util.List;

/**
 * Everything the desk knows about one person, whatever part they play: their details, whether they
 * are a partner, the stories they sent us (as referrer), the stories they are the client in, the
 * referrals we gave them, and our touches with them (each list newest first).
 */
public record ContactPage(Contact contact, boolean partner, List<ReferralSummary> referred,
        List<ReferralSummary> asClient, List<GivenLine> givenTo, List<Touch> touches) {

    public ContactPage {
        referred = List.copyOf(referred);
        asClient = List.copyOf(asClient);
        givenTo = List.copyOf(givenTo);
        touches = List.copyOf(touches);
    }

    public long id() {
        return contact.id();
    }

    /**
     * Someone we only ever sent work to (a not-a-fit client's onward contact): they have not referred
     * anyone to us and are not a partner yet.
     */
    public boolean onwardOnly() {
        return !partner && referred.isEmpty() && !givenTo.isEmpty();
    }
}
