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
     * The record a merged-away record of the same person went into (ADR 0018): typing the typo again
     * finds the one record, not a third. The same rule as for live records: email, else name.
     */
    private static Optional<Long> mergedInto(Tx tx, Contact wanted) {
        Optional<Long> kept = wanted.email() != null ? tx.contactMerges().keptForEmail(wanted.email()) : Optional.empty();
        if (kept.isEmpty()) {
            kept = wanted.email() == null ? tx.contactMerges().keptForName(wanted.name())
                    : tx.contactMerges().keptForNameWithoutEmail(wanted.name());
        }
        return kept;
    }

    /**
     * By email first; then by name (case-insensitive), where the named contact has no other email;
     * then, the same way, a record merged into another (that one); else a new contact.
     */
    static long findOrAdd(Tx tx, Contact wanted, Instant now) {
        FieldLimits.contact("", wanted);
        Optional<Contact> known = wanted.email() != null ? tx.contacts().findByEmail(wanted.email()) : Optional.empty();
        if (known.isEmpty()) {
            known = tx.contacts().findByName(wanted.name())
                    .filter(named -> named.email() == null || wanted.email() == null);
        }
        return known.map(Contact::id).or(() -> mergedInto(tx, wanted))
                .orElseGet(() -> tx.contacts().insert(wanted, now));
    }
}
