package org.referraldesk.ui.leak;

import org.jdbi.v3.core.Jdbi;
import org.referraldesk.store.Store;

/** A deliberately wrong ui class (test sources only) that the architecture rules must catch. */
public final class LeakyReferralView {
    private LeakyReferralView() {
    }

    public static int countDirectly(Jdbi jdbi, Store store) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM referral").mapTo(Integer.class).one())
                + store.hashCode();
    }
}
