package org.referraldesk.service;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.referraldesk.domain.ReferralQuery.Sort;

/**
 * The indexed stories in each order the list offers, worked out once per index on first use: the
 * same order the database gives (ReferralSearchDao) — by the column ascending, then by id; stories
 * without a value (no need, no open follow-up) after all the others, whichever the direction.
 */
final class StoryOrders {
    private final IndexedStories stories;
    private final Map<Sort, int[]> orders = new EnumMap<>(Sort.class);
    private final Map<Sort, Integer> withValue = new EnumMap<>(Sort.class);

    StoryOrders(IndexedStories stories) {
        this.stories = stories;
    }

    /** The stories' positions in ascending order of {@code sort}, those without a value at the end. */
    synchronized int[] of(Sort sort) {
        return orders.computeIfAbsent(sort, this::order);
    }

    /** How many stories of {@link #of} have a value for {@code sort} (the rest come last). */
    synchronized int withValue(Sort sort) {
        of(sort);
        return withValue.get(sort);
    }

    private int[] order(Sort sort) {
        int n = stories.size();
        Integer[] positions = new Integer[n];
        int valued = 0;
        int empty = n;
        for (int i = 0; i < n; i++) {
            if (hasValue(sort, i)) {
                positions[valued++] = i;
            } else {
                positions[--empty] = i;
            }
        }
        Comparator<Integer> byId = Comparator.comparingLong(i -> stories.ids[i]);
        Arrays.sort(positions, 0, valued, key(sort).thenComparing(byId));
        Arrays.sort(positions, valued, n, byId);
        withValue.put(sort, valued);
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    private boolean hasValue(Sort sort, int i) {
        return switch (sort) {
            case NEED -> stories.needs[i] != null;
            case NEXT_FOLLOW_UP -> stories.nextDue[i] != null;
            default -> true;
        };
    }

    private Comparator<Integer> key(Sort sort) {
        return switch (sort) {
            case REFERRER -> Comparator.comparing(i -> lower(stories.names[stories.referrers[i]]));
            case CLIENT -> Comparator.comparing(i -> lower(stories.names[stories.clients[i]]));
            case NEED -> Comparator.comparing(i -> lower(stories.needs[i]));
            case STAGE -> Comparator.comparingInt(i -> stories.stages[i].ordinal());
            case RECEIVED -> Comparator.comparing(i -> stories.received[i]);
            case NEXT_FOLLOW_UP -> Comparator.comparing(i -> stories.nextDue[i]);
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
