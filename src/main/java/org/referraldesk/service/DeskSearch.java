package org.referraldesk.service;

import java.util.List;
import org.referraldesk.domain.Found;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.SearchKey;

/**
 * The search that finds anyone and anything on the desk from one box (the window's Ctrl+K, the
 * command line's {@code search}): contacts of every kind (clients, onward contacts), stories and
 * partners, matched as every search of the desk matches ({@link SearchKey}). It reads the one
 * in-memory index the referrals list searches too (ADR 0016), so it is kept in step the same way.
 */
public final class DeskSearch {
    /** How many lines each group shows in the window. */
    public static final int GROUP_LINES = 5;
    /** The most lines a group may ask for. */
    public static final int MAX_LINES = 1000;

    private final StoryIndex index;

    DeskSearch(StoryIndex index) {
        this.index = index;
    }

    /** What matches {@code typed}, up to {@code perGroup} lines a group. */
    public Found find(String typed, int perGroup) {
        return find(typed, perGroup, SearchRun.once());
    }

    /** As {@link #find(String, int)}, stopping with {@link SearchOvertaken} once {@code run} is cancelled. */
    public Found find(String typed, int perGroup, SearchRun run) {
        run.check();
        SearchKey key = SearchKey.of(typed);
        if (key.isEmpty()) {
            return new Found(typed == null ? "" : typed, List.of(), 0, List.of(), 0,
                    List.of(), 0);
        }
        return new FoundOnDesk(index.upToDate()).find(typed, key, perGroup, run);
    }

    /**
     * As {@link #find(String, int)} for the command line: a text without a word in it, or fewer than
     * one or more than {@link #MAX_LINES} lines a group, is refused.
     */
    public Found findTyped(String typed, int perGroup) {
        if (SearchKey.of(typed).isEmpty()) {
            throw new InvalidInput("text", "search.nothing");
        }
        if (perGroup < 1 || perGroup > MAX_LINES) {
            throw new InvalidInput("limit", "search.limit", MAX_LINES);
        }
        return find(typed, perGroup);
    }

    /** What the box shows before anything is typed: the newest stories and the people in them. */
    public Found recent(int perGroup) {
        return new FoundOnDesk(index.upToDate()).recent(perGroup);
    }
}
