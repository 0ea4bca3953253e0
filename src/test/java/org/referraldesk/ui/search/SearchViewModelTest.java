package org.referraldesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Outcome;
import org.referraldesk.service.NewReferral;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The search box without a window: what it lists for what is typed, what Enter opens, and "No match for …". */
class SearchViewModelTest {
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(SearchController.class);
    private final List<Throwable> failures = new ArrayList<>();
    @TempDir
    Path dir;
    private TempDesk desk;
    private SearchViewModel box;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        box = new SearchViewModel(desk.services().search(), inline, TempDesk.CLOCK, text);
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    private long record(String referrer, String client, String need, int daysAgo) {
        return desk.referrals().record(NewReferral.of(referrer, client, Channel.PHONE, need)
                .receivedAt(TempDesk.NOW.minus(Duration.ofDays(daysAgo)))).referral().id();
    }

    private List<String> titles() {
        return box.lines().stream().map(SearchLine::title).toList();
    }

    @Test
    void whatIsFoundIsListedInGroupsWithHeadings() {
        long story = record("Zoë Lefèvre", "Ben Okafor", "A new boiler", 3);
        box.typedProperty().set("lefevre");
        assertEquals(List.of("Stories", "Zoë Lefèvre \u2192 Ben Okafor", "Partners", "Zoë Lefèvre"), titles());
        assertEquals("A new boiler \u00b7 Beginning \u00b7 received \u00b7 7 Mar 2026", box.lines().get(1).detail());
        assertEquals(new SearchLine(SearchLine.Kind.STORY, story, "Zoë Lefèvre \u2192 Ben Okafor",
                box.lines().get(1).detail()), box.chosenProperty().get(), "Enter opens the first line found");
        assertEquals("", box.noMatchTextProperty().get());
    }

    @Test
    void upAndDownChooseLinesAndSkipTheHeadings() {
        record("Zoë Lefèvre", "Ben Okafor", "A new boiler", 3);
        box.typedProperty().set("lefevre");
        box.move(1);
        assertEquals("Zoë Lefèvre", box.chosenProperty().get().title());
        assertEquals(SearchLine.Kind.PARTNER, box.chosenProperty().get().kind());
        box.move(1);
        assertEquals("Zoë Lefèvre", box.chosenProperty().get().title(), "the last line stays chosen");
        box.move(-1);
        assertEquals(SearchLine.Kind.STORY, box.chosenProperty().get().kind());
        box.choose(box.lines().get(0));
        assertEquals(SearchLine.Kind.STORY, box.chosenProperty().get().kind(), "a heading is not chosen");
    }

    @Test
    void anOnwardContactIsListedUnderContactsWithWhoTheyAre() {
        long story = record("Anna Keller", "Ben Okafor", "Roof repair", 3);
        desk.referrals().close(story, new Outcome.NotAFit("Roofs are not our trade", "Sunny Roofs Ltd"), null, null);
        box.typedProperty().set("sunny roofs");
        assertEquals(List.of("Contacts", "Sunny Roofs Ltd", "Stories", "Anna Keller \u2192 Ben Okafor"), titles());
        assertEquals("Sent a client on to them", box.lines().get(1).detail());
        assertEquals(SearchLine.Kind.CONTACT, box.chosenProperty().get().kind());
    }

    @Test
    void nothingFoundSaysSoAndNothingIsChosen() {
        record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        box.typedProperty().set("  gutter  ");
        assertEquals(List.of(), titles());
        assertNull(box.chosenProperty().get());
        assertEquals("No match for \u201cgutter\u201d.", box.noMatchTextProperty().get());
    }

    @Test
    void theEmptyBoxShowsRecentStoriesAndTheirPeople() {
        record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        box.start();
        assertEquals(List.of("Recent stories", "Anna Keller \u2192 Ben Okafor", "People in recent stories", "Ben Okafor",
                "Partners in recent stories", "Anna Keller"), titles());
        assertEquals("", box.noMatchTextProperty().get());
        box.typedProperty().set("zzz");
        box.typedProperty().set("");
        assertEquals("Recent stories", titles().get(0));
        assertEquals("", box.noMatchTextProperty().get(), "an empty box is no failed search");
    }

    @Test
    void enterPressedWhileTheSearchRunsWaitsForItsAnswer() {
        long anna = record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        record("Zoë Lefèvre", "Carl Dunn", "Garden wall", 1);
        Deque<Runnable> background = new ArrayDeque<>();
        SearchViewModel slow = new SearchViewModel(desk.services().search(),
                new BackgroundTasks(background::add, Runnable::run, failures::add), TempDesk.CLOCK, text);
        List<SearchLine> opened = new ArrayList<>();
        List<String> newReferrals = new ArrayList<>();
        slow.start();
        runAll(background);
        assertEquals("Recent stories", slow.lines().get(0).title());

        slow.typedProperty().set("gutter");
        slow.enter(opened::add, () -> newReferrals.add(slow.typedProperty().get()));
        assertEquals(List.of(), opened, "the recent story shown before the answer is not opened");
        assertEquals(List.of(), newReferrals);
        runAll(background);
        assertEquals(List.of(), opened);
        assertEquals(List.of("gutter"), newReferrals, "the answer was no match: New referral");

        slow.typedProperty().set("anna");
        slow.enter(opened::add, () -> newReferrals.add(slow.typedProperty().get()));
        assertEquals(List.of("gutter"), newReferrals, "the no match before is not acted on");
        runAll(background);
        assertEquals(List.of(SearchLine.Kind.STORY), opened.stream().map(SearchLine::kind).toList());
        assertEquals(anna, opened.get(0).id(), "Enter opened what the newest search found");
        assertEquals(List.of("gutter"), newReferrals);
    }

    private static void runAll(Deque<Runnable> background) {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void enterWithTheAnswerShownActsAtOnce() {
        long story = record("Anna Keller", "Ben Okafor", "A new boiler", 3);
        box.typedProperty().set("anna");
        List<SearchLine> opened = new ArrayList<>();
        box.enter(opened::add, () -> { throw new AssertionError("no New referral when something matched"); });
        assertEquals(List.of(story), opened.stream().map(SearchLine::id).toList());
    }

    @Test
    void aGroupCutShortSaysHowManyMatched() {
        for (int i = 1; i <= 7; i++) {
            record("Partner " + i, "Client " + i, "Garden " + i, i);
        }
        box.typedProperty().set("garden");
        assertEquals("Stories", box.lines().get(0).title());
        assertEquals("5 of 7", box.lines().get(0).detail());
    }
}
