package org.referraldesk.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Stage;
import org.referraldesk.store.ReferralSearchDao;

/**
 * The stories of one moment of the desk (its change number), column by column in arrays: a search
 * walks them in the list's order, checks the words and filters, keeps one page and counts every
 * match in the same pass, and looks every {@link #BATCH} stories whether a newer keystroke
 * cancelled it.
 */
final class IndexedStories {
    /** How many stories a search checks between two looks at its cancel flag. */
    static final int BATCH = 2048;

    private final long changes;
    final String[] names;
    final String[] nameKeys;
    final long[] ids;
    final int[] referrers;
    final int[] clients;
    final String[] needs;
    final String[] needKeys;
    final Stage[] stages;
    final Instant[] received;
    final Instant[] nextDue;
    private final StoryOrders orders;

    private IndexedStories(long changes, List<ReferralSearchDao.ContactName> contacts,
            List<ReferralSearchDao.StoryLine> stories) {
        this.changes = changes;
        Map<Long, Integer> person = new HashMap<>(contacts.size() * 2);
        names = new String[contacts.size()];
        nameKeys = new String[contacts.size()];
        for (int i = 0; i < names.length; i++) {
            person.put(contacts.get(i).id(), i);
            names[i] = contacts.get(i).name();
            nameKeys[i] = SearchKey.fold(names[i]);
        }
        int n = stories.size();
        ids = new long[n];
        referrers = new int[n];
        clients = new int[n];
        needs = new String[n];
        needKeys = new String[n];
        stages = new Stage[n];
        received = new Instant[n];
        nextDue = new Instant[n];
        for (int i = 0; i < n; i++) {
            ReferralSearchDao.StoryLine story = stories.get(i);
            ids[i] = story.id();
            referrers[i] = person.get(story.referrerId());
            clients[i] = person.get(story.clientId());
            needs[i] = story.need();
            needKeys[i] = SearchKey.fold(story.need());
            stages[i] = story.stage();
            received[i] = story.receivedAt();
            nextDue[i] = story.nextDueAt();
        }
        orders = new StoryOrders(this);
    }

    /** Reads every contact's name and every story not in the trash. */
    static IndexedStories read(ReferralSearchDao dao, long changes) {
        List<ReferralSearchDao.ContactName> contacts = new ArrayList<>();
        dao.eachContactName(contacts::add);
        List<ReferralSearchDao.StoryLine> stories = new ArrayList<>();
        dao.eachStory(stories::add);
        return new IndexedStories(changes, contacts, stories);
    }

    long changes() {
        return changes;
    }

    int size() {
        return ids.length;
    }

    ReferralPage search(ReferralQuery query, Instant now, int limit, int offset, SearchRun run) {
        SearchKey key = SearchKey.of(query.search());
        String[] words = key.words().toArray(String[]::new);
        boolean[][] namesFound = new boolean[words.length][];
        for (int w = 0; w < words.length; w++) {
            namesFound[w] = new boolean[nameKeys.length];
            for (int i = 0; i < nameKeys.length; i++) {
                namesFound[w][i] = nameKeys[i].contains(words[w]);
            }
        }
        run.check();
        int[] order = orders.of(query.sort());
        int withValue = orders.withValue(query.sort());
        boolean filtered = query.act() != null || query.outcome() != null || query.needsAttention();
        boolean descending = query.descending();
        List<ReferralSummary> page = new ArrayList<>(Math.min(limit, 1024));
        int matches = 0;
        for (int step = 0; step < order.length; step++) {
            if (step % BATCH == 0 && step > 0) {
                run.check();
            }
            int i = order[descending ? descending(step, withValue, order.length) : step];
            if (found(i, words, namesFound) && (!filtered || passes(i, query, now))) {
                if (matches >= offset && page.size() < limit) {
                    page.add(new ReferralSummary(ids[i], names[referrers[i]], names[clients[i]], needs[i], stages[i],
                            received[i], nextDue[i]));
                }
                matches++;
            }
        }
        run.check();
        return new ReferralPage(page, offset == 0 ? matches : -1);
    }

    /** Descending walks the stories with a value backwards, then those without one (nulls last), also backwards. */
    private static int descending(int step, int withValue, int all) {
        return step < withValue ? withValue - 1 - step : all - 1 - (step - withValue);
    }

    private boolean passes(int i, ReferralQuery query, Instant now) {
        Stage stage = stages[i];
        return (query.act() == null || stage.act() == query.act())
                && (query.outcome() == null || stage == query.outcome())
                && (!query.needsAttention() || nextDue[i] != null && nextDue[i].isBefore(now));
    }

    private boolean found(int i, String[] words, boolean[][] namesFound) {
        for (int w = 0; w < words.length; w++) {
            boolean[] people = namesFound[w];
            if (!people[referrers[i]] && !people[clients[i]] && !needKeys[i].contains(words[w])) {
                return false;
            }
        }
        return true;
    }
}
