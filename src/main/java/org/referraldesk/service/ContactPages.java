package org.referraldesk.service;

import java.time.Clock;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactPage;
import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Playbook;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Every person's page (a partner, a client, an onward contact alike): what the desk knows of them,
 * read in one transaction; and making someone we only sent work to a partner in one step.
 */
public final class ContactPages {
    private final Store store;
    private final Clock clock;

    public ContactPages(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Contact {@code contactId}'s page; refused when there is no such contact (or it is in the trash). */
    public ContactPage page(long contactId) {
        return store.inTransaction(tx -> page(tx, contactId));
    }

    private static ContactPage page(Tx tx, long contactId) {
        Contact contact = contact(tx, contactId);
        return new ContactPage(contact, tx.partners().find(contactId).isPresent(),
                tx.partnerSummaries().stories(contactId), tx.partnerSummaries().storiesAsClient(contactId),
                tx.referralsGiven().givenTo(contactId), tx.touches().forPartner(contactId));
    }

    /**
     * Makes contact {@code contactId} a partner with the desk's default settings, so they are looked
     * after like everyone who refers: their first check-in falls due one cadence from now (or from
     * their last referral or touch, where they have one). Refused for someone who already is one.
     */
    public ContactPage makePartner(long contactId) {
        return store.inTransaction(tx -> {
            Contact contact = contact(tx, contactId);
            if (tx.partners().find(contactId).isPresent()) {
                throw new InvalidInput("partner", "contact.alreadyPartner", contact.name());
            }
            Playbook playbook = new Playbook(OwnerSettings.playbook(tx), clock);
            Partnership.begin(tx, playbook, contactId);
            HeroCheckIns.sync(tx, playbook, contactId);
            if (tx.followUps().openOfKind(contactId, FollowUpKind.HERO_CHECK_IN).isEmpty()) {
                int cadence = playbook.settings().defaultCheckInCadenceDays();
                tx.followUps().insert(FollowUp.planned(FollowUpKind.HERO_CHECK_IN,
                        DueOffset.days(cadence).after(clock.instant(), clock.getZone()), contactId, null, null));
            }
            return page(tx, contactId);
        });
    }

    private static Contact contact(Tx tx, long contactId) {
        return tx.contacts().find(contactId).orElseThrow(() -> new NotFound("contact", contactId));
    }
}
