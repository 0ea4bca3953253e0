package org.referraldesk.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    /** Each person as the desk-wide search sees them (ContactLine), and their name, company and email folded. */
    final ReferralSearchDao.ContactLine[] people;
    final String[] personKeys;
    final String[] phoneDigits;
    /** Whether a person is the client of a story not in the trash. */
    final boolean[] client;
    final long[] ids;
    final int[] referrers;
    final int[] clients;
    final String[] needs;
    final String[] needKeys;
    /** A story's notes folded: why it closed, who the client was sent on to, the notes on its timeline; "" for none. */
    final String[] noteKeys;
    final Stage[] stages;
    final Instant[] received;
    final Instant[] nextDue;
    private final StoryOrders orders;
    private volatile int[] byName;

    private IndexedStories(long changes, List<ReferralSearchDao.ContactLine> contacts,
            List<ReferralSearchDao.StoryLine> stories, List<ReferralSearchDao.StoryNote> notes) {
        this.changes = changes;
        Map<Long, Integer> person = new HashMap<>(contacts.size() * 2);
        people = contacts.toArray(ReferralSearchDao.ContactLine[]::new);
        names = new String[people.length];
        nameKeys = new String[people.length];
        personKeys = new String[people.length];
        phoneDigits = new String[people.length];
        client = new boolean[people.length];
        for (int i = 0; i < names.length; i++) {
            ReferralSearchDao.ContactLine contact = people[i];
            person.put(contact.id(), i);
            names[i] = contact.name();
            nameKeys[i] = SearchKey.fold(names[i]);
            personKeys[i] = contact.company() == null && contact.email() == null ? nameKeys[i]
                    : SearchKey.personText(names[i], contact.company(), contact.email());
            phoneDigits[i] = SearchKey.digitsOf(contact.phone());
        }
        int n = stories.size();
        ids = new long[n];
        referrers = new int[n];
        clients = new int[n];
        needs = new String[n];
        needKeys = new String[n];
        noteKeys = new String[n];
        Map<Long, Integer> story = new HashMap<>(n * 2);
        stages = new Stage[n];
        received = new Instant[n];
        nextDue = new Instant[n];
        for (int i = 0; i < n; i++) {
            ReferralSearchDao.StoryLine line = stories.get(i);
            ids[i] = line.id();
            referrers[i] = person.get(line.referrerId());
            clients[i] = person.get(line.clientId());
            needs[i] = line.need();
            needKeys[i] = SearchKey.fold(line.need());
            noteKeys[i] = line.closeReason() == null && line.onwardTo() == null ? ""
                    : SearchKey.fold(line.closeReason()) + " " + SearchKey.fold(line.onwardTo());
            client[clients[i]] = true;
            story.put(line.id(), i);
            stages[i] = line.stage();
            received[i] = line.receivedAt();
            nextDue[i] = line.nextDueAt();
        }
        for (ReferralSearchDao.StoryNote note : notes) {
            Integer i = story.get(note.referralId());
            if (i != null) {
                noteKeys[i] = noteKeys[i] + " " + SearchKey.fold(note.note());
            }
        }
        orders = new StoryOrders(this);
    }

    /** Reads every contact, every story not in the trash and the notes on their timelines. */
    static IndexedStories read(ReferralSearchDao dao, long changes) {
        List<ReferralSearchDao.ContactLine> contacts = new ArrayList<>();
        dao.eachContact(contacts::add);
        List<ReferralSearchDao.StoryLine> stories = new ArrayList<>();
        dao.eachStory(stories::add);
        List<ReferralSearchDao.StoryNote> notes = new ArrayList<>();
        dao.eachStoryNote(notes::add);
        return new IndexedStories(changes, contacts, stories, notes);
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
        boolean[][] namesFound = namesFound(words);
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
                    page.add(summary(i));
                }
                matches++;
            }
        }
        run.check();
        return new ReferralPage(page, offset == 0 ? matches : -1);
    }

    /** Story {@code i} as a line of a list. */
    ReferralSummary summary(int i) {
        return new ReferralSummary(ids[i], names[referrers[i]], names[clients[i]], needs[i], stages[i], received[i],
                nextDue[i]);
    }

    /** The people by folded name (then id), worked out at the first desk-wide search of this moment of the desk. */
    int[] byName() {
        int[] order = byName;
        if (order == null) {
            Integer[] sorted = new Integer[nameKeys.length];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = i;
            }
            Arrays.sort(sorted, Comparator.<Integer, String>comparing(i -> nameKeys[i])
                    .thenComparingLong(i -> people[i].id()));
            order = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                order[i] = sorted[i];
            }
            byName = order;
        }
        return order;
    }

    /** For each word, which people's names hold it (a story matches a word its referrer or client holds). */
    boolean[][] namesFound(String[] words) {
        boolean[][] namesFound = new boolean[words.length][];
        for (int w = 0; w < words.length; w++) {
            namesFound[w] = new boolean[nameKeys.length];
            for (int i = 0; i < nameKeys.length; i++) {
                namesFound[w][i] = nameKeys[i].contains(words[w]);
            }
        }
        return namesFound;
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

    boolean found(int i, String[] words, boolean[][] namesFound) {
        for (int w = 0; w < words.length; w++) {
            boolean[] people = namesFound[w];
            if (!people[referrers[i]] && !people[clients[i]] && !needKeys[i].contains(words[w])
                    && !noteKeys[i].contains(words[w])) {
                return false;
            }
        }
        return true;
    }
}
