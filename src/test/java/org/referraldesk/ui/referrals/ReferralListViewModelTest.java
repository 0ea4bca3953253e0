package org.referraldesk.ui.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.SampleData;
import org.referraldesk.service.Trash;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;

class ReferralListViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.messages");
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private ReferralListViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new ReferralListViewModel(new Referrals(store, clock), new SampleData(store, clock), new Trash(store, clock), inline, clock, text);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyDeskShowsTheEmptyState() {
        model.load();
        assertTrue(model.loadedProperty().get());
        assertTrue(model.emptyProperty().get());
        assertTrue(model.rows().isEmpty());
        assertEquals("0 referrals", model.countTextProperty().get());
    }

    @Test
    void addingSampleDataFillsTheListNewestFirst() {
        model.load();
        model.addSampleData();
        assertFalse(model.emptyProperty().get());
        assertEquals(48, model.rows().size());
        assertEquals("48 referrals", model.countTextProperty().get());
        ReferralSummary first = model.rows().get(0);
        ReferralSummary last = model.rows().get(39);
        assertTrue(first.receivedAt().isAfter(last.receivedAt()));
        assertFalse(model.busyProperty().get());
        assertTrue(failures.isEmpty(), failures::toString);
    }

    @Test
    void aSecondRoundOfSampleDataIsRefusedWithAMessageAndTheListStaysAsItWas() {
        model.addSampleData();
        model.addSampleData();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().contains("empty desk"));
        assertEquals(48, model.rows().size());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aStoryShowsItsActAndStageInTheOwnersWords() {
        new Referrals(store, clock).record(NewReferral.of("Junior", "Grandma", Channel.PHONE, "Leaking pipe")
                .receivedAt(NOW.minus(Duration.ofHours(2))));
        model.load();
        assertEquals("Beginning · received", model.actAndStage(model.rows().get(0)));
    }

    @Test
    void searchingFindsStoriesByReferrerClientOrNeed() {
        model.addSampleData();
        model.searchProperty().set("okafor");
        model.load();
        assertFalse(model.rows().isEmpty());
        assertTrue(model.rows().stream().allMatch(r -> r.referrerName().contains("Okafor")));
        model.searchProperty().set("BACKUPS");
        model.load();
        assertTrue(model.rows().stream().allMatch(r -> r.need().toLowerCase().contains("backups")));
        assertTrue(model.countTextProperty().get().endsWith("matching referrals"), model.countTextProperty().get());
        assertFalse(model.emptyProperty().get(), "a search with no hits is not an empty desk");
    }

    @Test
    void filtersNarrowTheListByActOutcomeAndAttention() {
        model.addSampleData();
        model.actProperty().set(Act.MIDDLE);
        model.load();
        assertEquals(14, model.rows().size());
        model.actProperty().set(null);
        model.outcomeProperty().set(Stage.WON);
        model.load();
        assertEquals(12, model.rows().size());
        model.outcomeProperty().set(null);
        model.needsAttentionProperty().set(true);
        model.load();
        assertTrue(model.rows().stream().allMatch(r -> model.isOverdue(r.nextFollowUpAt())));
        assertFalse(model.rows().isEmpty());
    }

    @Test
    void sortingAsksTheDatabaseForTheOrder() {
        model.addSampleData();
        model.sortBy(ReferralQuery.Sort.CLIENT, false);
        List<String> clients = model.rows().stream().map(ReferralSummary::clientName).toList();
        assertEquals(clients.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), clients);
    }

    @Test
    void aDeletedStoryLeavesTheListUntilTheOwnerUndoesIt() {
        model.addSampleData();
        ReferralSummary first = model.rows().get(0);
        model.delete(first);
        assertEquals(47, model.rows().size());
        assertTrue(model.deletedTextProperty().get().contains(first.clientName()));
        model.undoDelete();
        assertEquals(48, model.rows().size());
        assertEquals(first, model.rows().get(0));
    }

    @Test
    void aNewerKeystrokeCancelsTheOlderSearchAndOnlyTheNewestIsShown() {
        new SampleData(store, clock).fill();
        Deque<Runnable> worker = new ArrayDeque<>();
        ReferralListViewModel typing = new ReferralListViewModel(new Referrals(store, clock), new SampleData(store, clock),
                new Trash(store, clock), new BackgroundTasks(worker::add, Runnable::run, failures::add), clock, text);
        List<String> shown = new ArrayList<>();
        typing.rows().addListener((ListChangeListener<ReferralSummary>) change -> shown.add(typing.query().search()));
        for (String keystrokes : List.of("o", "ok", "oka", "okafor")) {
            typing.searchProperty().set(keystrokes);
            typing.load();
        }
        assertEquals(4, worker.size(), "one search a keystroke, none held back");
        Runnable newest = worker.pollLast();
        newest.run();
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertEquals(List.of("okafor"), shown, "the older searches stopped and showed nothing");
        assertFalse(typing.rows().isEmpty());
        assertTrue(typing.rows().stream().allMatch(r -> (r.referrerName() + r.clientName()).contains("Okafor")));
        assertFalse(typing.busyProperty().get());
        assertTrue(failures.isEmpty(), failures::toString);
    }

    @Test
    void theShownListGetsTheSearchReadyInTheBackgroundForTheFirstKeystroke() {
        new SampleData(store, clock).fill();
        Deque<Runnable> worker = new ArrayDeque<>();
        ReferralListViewModel list = new ReferralListViewModel(new Referrals(store, clock), new SampleData(store, clock),
                new Trash(store, clock), new BackgroundTasks(worker::add, Runnable::run, failures::add), clock, text);
        list.load();
        worker.poll().run();
        assertEquals(48, list.rows().size());
        assertEquals(1, worker.size(), "the search's index is read next, off the FX thread");
        worker.poll().run();
        list.searchProperty().set("okafor");
        list.load();
        worker.poll().run();
        assertTrue(worker.isEmpty(), "a search queues no second task");
        assertFalse(list.rows().isEmpty());
        assertTrue(failures.isEmpty(), failures::toString);
    }

    @Test
    void searchingIgnoresCaseAndAccents() {
        new Referrals(store, clock).record(NewReferral.of("Zoë Lefèvre", "Grandma", Channel.PHONE, "Leaking pipe")
                .receivedAt(NOW.minus(Duration.ofHours(2))));
        model.searchProperty().set("LEFEVRE");
        model.load();
        assertEquals(List.of("Zoë Lefèvre"), model.rows().stream().map(ReferralSummary::referrerName).toList());
        assertEquals("1 matching referral", model.countTextProperty().get());
    }

    @Test
    void aFollowUpDueBeforeNowIsOverdue() {
        assertTrue(model.isOverdue(NOW.minusSeconds(1)));
        assertFalse(model.isOverdue(NOW.plusSeconds(60)));
        assertFalse(model.isOverdue(null));
    }
}
