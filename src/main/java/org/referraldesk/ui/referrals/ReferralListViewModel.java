package org.referraldesk.ui.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.ReferralPage;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.SampleData;
import org.referraldesk.service.SearchOvertaken;
import org.referraldesk.service.SearchRun;
import org.referraldesk.service.Trash;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * The referrals list: search, filters and order run in the database a page at a time, so a desk
 * with 100,000 stories stays quick. An empty desk shows the empty state with the sample data.
 */
public final class ReferralListViewModel {
    /** How many stories one page brings. */
    public static final int PAGE = 500;

    private final Referrals referrals;
    private final SampleData sampleData;
    private final Trash trash;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final OwnerFormats formats;

    private final ObservableList<ReferralSummary> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Act> act = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty needsAttention = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final BooleanProperty more = new SimpleBooleanProperty(false);
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<TrashItem> lastDeleted = new SimpleObjectProperty<>();
    private final StringProperty deletedText = new SimpleStringProperty("");
    private ReferralQuery.Sort sort = ReferralQuery.Sort.RECEIVED;
    private boolean descending = true;
    private int total;
    private long generation;
    private SearchRun running = SearchRun.once();

    public ReferralListViewModel(Referrals referrals, SampleData sampleData, Trash trash, BackgroundTasks tasks,
            Clock clock, ResourceBundle text) {
        this.referrals = referrals;
        this.sampleData = sampleData;
        this.trash = trash;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
    }

    /** The current search, filters and order as one query. */
    public ReferralQuery query() {
        return new ReferralQuery(search.get(), act.get(), outcome.get(), needsAttention.get(), sort, descending);
    }

    /**
     * Reads the first page for the current query, at once (no pause after a keystroke): the older
     * query still running is cancelled between its steps, and only the newest answer is shown.
     */
    public void load() {
        long mine = ++generation;
        running.cancel();
        SearchRun run = new SearchRun();
        running = run;
        ReferralQuery query = query();
        busy.set(true);
        tasks.run(() -> referrals.search(query, PAGE, 0, run), page -> {
            if (mine == generation) {
                show(query, page);
                if (query.search() == null) {
                    // the list is shown: get the search ready meanwhile, so the first keystroke is quick too
                    tasks.run(referrals::prepareSearch, ready -> { }, failure -> failedUnlessOvertaken(mine, failure));
                }
            }
        }, failure -> failedUnlessOvertaken(mine, failure));
    }

    /** Appends the next page. */
    public void loadMore() {
        long mine = generation;
        SearchRun run = running;
        ReferralQuery query = query();
        tasks.run(() -> referrals.search(query, PAGE, rows.size(), run), page -> {
            if (mine == generation) {
                rows.addAll(page.rows());
                updateCount(query);
            }
        }, failure -> failedUnlessOvertaken(mine, failure));
    }

    /** A newer query took the place of this one: its failure or stop is not the owner's business. */
    private void failedUnlessOvertaken(long mine, Throwable failure) {
        if (mine == generation && !(failure instanceof SearchOvertaken)) {
            failed(failure);
        }
    }

    /** Orders the list by a column; a no-op when it is already ordered that way. */
    public void sortBy(ReferralQuery.Sort newSort, boolean newDescending) {
        if (newSort != sort || newDescending != descending) {
            sort = newSort;
            descending = newDescending;
            load();
        }
    }

    /** Fills an empty desk with the sample stories, then shows them. */
    public void addSampleData() {
        busy.set(true);
        tasks.run(sampleData::fill, added -> load(), this::failed);
    }

    /** Moves a story to the trash; {@link #undoDelete()} brings it back. */
    public void delete(ReferralSummary story) {
        tasks.run(() -> {
            trash.deleteStory(story.id());
            return new TrashItem(TrashItem.Kind.STORY, story.id(), story.referrerName() + " \u2192 "
                    + story.clientName(), clock.instant());
        }, item -> {
            lastDeleted.set(item);
            deletedText.set(Wording.forOwner(text).format("referrals.deleted", item.label()));
            load();
        }, this::failed);
    }

    public void undoDelete() {
        TrashItem item = lastDeleted.get();
        if (item != null) {
            lastDeleted.set(null);
            tasks.run(() -> {
                trash.restore(item);
                return item;
            }, restored -> load(), this::failed);
        }
    }

    private void show(ReferralQuery query, ReferralPage page) {
        rows.setAll(page.rows());
        total = page.total();
        updateCount(query);
        empty.set(total == 0 && query.equals(ReferralQuery.all().sortedBy(sort, descending)));
        loaded.set(true);
        busy.set(false);
    }

    private void updateCount(ReferralQuery query) {
        more.set(rows.size() < total);
        boolean filtered = query.search() != null || query.act() != null || query.outcome() != null
                || query.needsAttention();
        String key = rows.size() < total ? "referrals.countOf" : filtered ? "referrals.matching" : "referrals.count";
        countText.set(rows.size() < total ? Wording.forOwner(text).format(key, rows.size(), total)
                : Wording.forOwner(text).format(key, total));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    public String formatDateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String formatDate(Instant instant) {
        return formats.date(instant);
    }

    public boolean isOverdue(Instant due) {
        return due != null && due.isBefore(clock.instant());
    }

    /** "Middle · meeting booked": the act and the stage, as the owner reads them. */
    public String actAndStage(ReferralSummary row) {
        return formats.actAndStage(row.stage());
    }

    /** The act filter's choices: null means every act. */
    public List<Act> actChoices() {
        return Arrays.asList(null, Act.BEGINNING, Act.MIDDLE, Act.END);
    }

    public String actLabel(Act choice) {
        return choice == null ? text.getString("filter.allActs") : Labels.forOwner().of(choice);
    }

    /** The outcome filter's choices: null means any outcome. */
    public List<Stage> outcomeChoices() {
        return Arrays.asList(null, Stage.WON, Stage.NOT_A_FIT, Stage.LOST);
    }

    public String outcomeLabel(Stage choice) {
        return choice == null ? text.getString("filter.anyOutcome") : Labels.forOwner().of(choice);
    }

    public ObservableList<ReferralSummary> rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Act> actProperty() {
        return act;
    }

    public ObjectProperty<Stage> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty needsAttentionProperty() {
        return needsAttention;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    public ReadOnlyObjectProperty<TrashItem> lastDeletedProperty() {
        return lastDeleted;
    }

    public ReadOnlyStringProperty deletedTextProperty() {
        return deletedText;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText;
    }
}
