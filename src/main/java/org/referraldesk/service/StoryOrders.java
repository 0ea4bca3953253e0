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
        if (sort == Sort.RECEIVED) {
            // the stories are read newest first: ascending is the other way round
            withValue.put(sort, n);
            int[] oldestFirst = new int[n];
            for (int i = 0; i < n; i++) {
                oldestFirst[i] = n - 1 - i;
            }
            return oldestFirst;
        }
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

    /** The text each story is ordered by, in lower case (as the database's LOWER), worked out once. */
    private String[] lowerCase(Sort sort) {
        String[] people = new String[stories.names.length];
        for (int i = 0; i < people.length; i++) {
            people[i] = lower(stories.names[i]);
        }
        String[] keys = new String[stories.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = switch (sort) {
                case REFERRER -> people[stories.referrers[i]];
                case CLIENT -> people[stories.clients[i]];
                case NEED -> stories.needs[i] == null ? null : lower(stories.needs[i]);
                default -> null;
            };
        }
        return keys;
    }

    private Comparator<Integer> key(Sort sort) {
        return switch (sort) {
            case REFERRER, CLIENT, NEED -> {
                String[] lower = lowerCase(sort);
                yield Comparator.comparing(i -> lower[i]);
            }
            case STAGE -> Comparator.comparingInt(i -> stories.stages[i].ordinal());
            case RECEIVED -> Comparator.comparing(i -> stories.received[i]);
            case NEXT_FOLLOW_UP -> Comparator.comparing(i -> stories.nextDue[i]);
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
