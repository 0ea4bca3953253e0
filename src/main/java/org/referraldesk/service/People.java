package org.referraldesk.service;

import java.time.Instant;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.store.Tx;

/** Finds the contact a name or email means, or adds a new one. */
final class People {
    private People() {
    }

    /** By email when one is given, otherwise by name (case-insensitive); else a new contact. */
    static long findOrAdd(Tx tx, Contact wanted, Instant now) {
        Optional<Contact> known = wanted.email() != null
                ? tx.contacts().findByEmail(wanted.email())
                : tx.contacts().findByName(wanted.name());
        return known.map(Contact::id).orElseGet(() -> tx.contacts().insert(wanted, now));
    }
}
