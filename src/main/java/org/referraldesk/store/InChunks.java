package org.referraldesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** A read by a set of ids, in IN lists of at most {@link #SIZE} ids each: a few queries for any number of ids. */
final class InChunks {
    static final int SIZE = 1_000;

    private InChunks() {
    }

    static <T> List<T> read(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = ids.stream().distinct().toList();
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += SIZE) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SIZE))));
        }
        return found;
    }
}
