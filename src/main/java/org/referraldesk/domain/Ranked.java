package org.referraldesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a search shows of one group of matches, better matches first ({@link SearchKey#rank}): found
 * in the group's own order, each rank keeps only as many lines as the group shows, and every match
 * is counted. The desk-wide search's groups and the New referral suggestions use it.
 */
public final class Ranked<T> {
    private final int limit;
    private final List<List<T>> byRank = new ArrayList<>();
    private int count;

    public Ranked(int limit) {
        this.limit = limit;
        for (int rank = 0; rank <= SearchKey.TEXT_START; rank++) {
            byRank.add(new ArrayList<>());
        }
    }

    /** Counts a match of {@code rank} (above {@link SearchKey#NO_MATCH}); makes its line only when it may be shown. */
    public void add(int rank, Supplier<T> line) {
        count++;
        List<T> lines = byRank.get(rank);
        if (lines.size() < limit) {
            lines.add(line.get());
        }
    }

    /** Whether every rank from {@code lowest} up to {@code highest} already holds as many lines as the group shows. */
    public boolean full(int lowest, int highest) {
        for (int rank = lowest; rank <= highest; rank++) {
            if (byRank.get(rank).size() < limit) {
                return false;
            }
        }
        return true;
    }

    /** Counts a match that cannot be shown (its rank is full). */
    public void count(int matches) {
        count += matches;
    }

    public int count() {
        return count;
    }

    /** The group's first lines, best rank first. */
    public List<T> lines() {
        List<T> lines = new ArrayList<>();
        for (int rank = SearchKey.TEXT_START; rank > SearchKey.NO_MATCH && lines.size() < limit; rank--) {
            for (T line : byRank.get(rank)) {
                if (lines.size() < limit) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
