package org.referraldesk.service;

import java.util.List;
import org.referraldesk.domain.Contact;
import org.referraldesk.store.Store;

/** The owner's contacts, for picking a known person instead of typing them again. */
public final class ContactDirectory {
    private final Store store;

    public ContactDirectory(Store store) {
        this.store = store;
    }

    /** Every contact that is not deleted, ordered by name (case-insensitive). */
    public List<Contact> all() {
        return store.inTransaction(tx -> tx.contacts().list());
    }
}
