package org.referraldesk.service;

import java.time.Instant;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.store.Tx;

/** Finds the contact a name or email means, or adds a new one. */
final class People {
    private People() {
    }

    /**
     * By email first; then by name (case-insensitive), where the named contact has no other email;
     * else a new contact.
     */
    static long findOrAdd(Tx tx, Contact wanted, Instant now) {
        FieldLimits.contact("", wanted);
        Optional<Contact> known = wanted.email() != null ? tx.contacts().findByEmail(wanted.email()) : Optional.empty();
        if (known.isEmpty()) {
            known = tx.contacts().findByName(wanted.name())
                    .filter(named -> named.email() == null || wanted.email() == null);
        }
        return known.map(Contact::id).orElseGet(() -> tx.contacts().insert(wanted, now));
    }
}
