package org.referraldesk.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.referraldesk.domain.Found;
import org.referraldesk.domain.FoundPerson;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Ranked;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.store.ReferralSearchDao;

/**
 * The desk-wide search over one moment of the desk ({@link IndexedStories}): people by their name,
 * company, email and phone digits, in name order; stories by their people, need and notes, newest
 * first; in each group the matches at the start of words before those inside a word.
 */
final class FoundOnDesk {
    private final IndexedStories desk;

    FoundOnDesk(IndexedStories desk) {
        this.desk = desk;
    }

    Found find(String typed, SearchKey key, int perGroup, SearchRun run) {
        Ranked<FoundPerson> contacts = new Ranked<>(perGroup);
        Ranked<FoundPerson> partners = new Ranked<>(perGroup);
        int[] byName = desk.byName();
        for (int step = 0; step < byName.length; step++) {
            if (step % IndexedStories.BATCH == 0) {
                run.check();
            }
            int i = byName[step];
            if (desk.people[i].deleted()) {
                continue;
            }
            int rank = key.rankPerson(desk.personKeys[i], desk.phoneDigits[i]);
            if (rank != SearchKey.NO_MATCH) {
                (desk.people[i].partner() ? partners : contacts).add(rank, () -> person(i));
            }
        }
        Ranked<ReferralSummary> stories = new Ranked<>(perGroup);
        String[] words = key.words().toArray(String[]::new);
        boolean[][] namesFound = desk.namesFound(words);
        for (int i = 0; i < desk.size() && words.length > 0; i++) {
            if (i % IndexedStories.BATCH == 0) {
                run.check();
            }
            if (!desk.found(i, words, namesFound)) {
                continue;
            }
            if (stories.full(SearchKey.INSIDE, SearchKey.WORD_STARTS)) {
                stories.count(1); // both of the stories' ranks are full: the rest are only counted
            } else {
                int story = i;
                stories.add(key.rank(storyText(i)) >= SearchKey.WORD_STARTS ? SearchKey.WORD_STARTS : SearchKey.INSIDE,
                        () -> desk.summary(story));
            }
        }
        run.check();
        return new Found(typed, contacts.lines(), contacts.count(), stories.lines(), stories.count(),
                partners.lines(), partners.count());
    }

    /** The newest {@code perGroup} stories and the people in them (partners and others apart), for an empty search box. */
    Found recent(int perGroup) {
        List<ReferralSummary> stories = new ArrayList<>();
        List<FoundPerson> contacts = new ArrayList<>();
        List<FoundPerson> partners = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < desk.size() && stories.size() < perGroup; i++) {
            stories.add(desk.summary(i));
            for (int who : new int[] {desk.referrers[i], desk.clients[i]}) {
                ReferralSearchDao.ContactLine line = desk.people[who];
                List<FoundPerson> group = line.partner() ? partners : contacts;
                if (!line.deleted() && group.size() < perGroup && seen.add(who)) {
                    group.add(person(who));
                }
            }
        }
        return new Found("", contacts, contacts.size(), stories, stories.size(), partners, partners.size());
    }

    private String storyText(int i) {
        return desk.nameKeys[desk.referrers[i]] + " " + desk.nameKeys[desk.clients[i]] + " " + desk.needKeys[i] + " "
                + desk.noteKeys[i];
    }

    private FoundPerson person(int i) {
        ReferralSearchDao.ContactLine line = desk.people[i];
        FoundPerson.Role role = line.partner() ? FoundPerson.Role.PARTNER
                : line.onward() ? FoundPerson.Role.ONWARD
                : desk.client[i] ? FoundPerson.Role.CLIENT : FoundPerson.Role.CONTACT;
        return new FoundPerson(line.id(), line.name(), line.company(), line.email(), line.phone(), role);
    }
}
