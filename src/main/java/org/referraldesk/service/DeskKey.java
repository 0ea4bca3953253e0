package org.referraldesk.service;

import org.referraldesk.store.Store;

/** The secret a protected desk's backups are sealed with: its password's key; null for a desk without one. */
final class DeskKey {
    private DeskKey() {
    }

    static String of(Store store) {
        return store.password() == null ? null : store.password().fileKey();
    }
}
