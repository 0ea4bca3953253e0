package org.referraldesk.service;

import java.time.Instant;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.store.Store;

/**
 * The search structure of the referrals list and the desk-wide search ({@link DeskSearch}) (ADR 0016): every story's folded need and its people's
 * folded names, held in memory so a keystroke costs a scan of them, not a query over three joined
 * columns. It is kept in step with every write, the command line's to a shared desk included, by
 * the store's change number ({@link Store#changes()}): when it moved since the index was read,
 * the next search reads the index again first.
 */
final class StoryIndex {
    private final Store store;
    private volatile IndexedStories current;

    StoryIndex(Store store) {
        this.store = store;
    }

    /** One page of the stories matching {@code query} (which has search words), and how many match in all. */
    ReferralPage search(ReferralQuery query, Instant now, int limit, int offset, SearchRun run) {
        run.check();
        return upToDate().search(query, now, limit, offset, run);
    }

    /** Reads the index now if the desk changed since it was read, so the next keystroke finds it ready. */
    void prepare() {
        upToDate();
    }

    /** The stories and people as the desk holds them now (read again first when it changed). */
    IndexedStories upToDate() {
        long changes = store.changes();
        IndexedStories seen = current;
        if (seen != null && seen.changes() == changes) {
            return seen;
        }
        synchronized (this) {
            seen = current;
            if (seen == null || seen.changes() != changes) {
                // the change number is read before the stories: a write between makes the next search read again
                seen = store.inSnapshot(tx -> IndexedStories.read(tx.referralSearch(), changes));
                current = seen;
            }
            return seen;
        }
    }
}
