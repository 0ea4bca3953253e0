package org.referraldesk.service;

import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Playbook;
import org.referraldesk.store.Tx;

/**
 * Someone becomes a partner: they refer us a story, a story is corrected to them as the referrer, or
 * the owner makes an onward contact one. Each starts alike: the desk's default check-in cadence,
 * gifts and public thanks allowed, no gift notes, Hero status from the playbook (not by hand).
 */
final class Partnership {
    private Partnership() {
    }

    /** Makes contact {@code contactId} a partner with the default settings; false when they already are one. */
    static boolean begin(Tx tx, Playbook playbook, long contactId) {
        if (tx.partners().find(contactId).isPresent()) {
            return false;
        }
        int cadence = playbook.settings().defaultCheckInCadenceDays();
        tx.partners().save(new PartnerSettings(contactId, cadence, true, true, null, false));
        return true;
    }
}
