package org.referraldesk.ui.search;

import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Found;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.DeskSearch;
import org.referraldesk.service.SearchOvertaken;
import org.referraldesk.service.SearchRun;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The search box that finds anyone and anything on the desk: what is typed, and the lines found
 * for it, grouped (Contacts, Stories, Partners). Every keystroke searches at once in the background;
 * the older search still running is cancelled and only the newest answer is shown. With nothing
 * typed it shows the newest stories and their people; with no match, "No match for …".
 */
public final class SearchViewModel {
    private final DeskSearch search;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final SearchTexts texts;
    private final StringProperty typed = new SimpleStringProperty("");
    private final ObservableList<SearchLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SearchLine> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper noMatchText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    /** Enter pressed while a search was running: done once that search's answer is shown. */
    private Runnable pendingEnter;
    private long generation;
    private SearchRun running = SearchRun.once();

    public SearchViewModel(DeskSearch search, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.search = search;
        this.tasks = tasks;
        this.text = text;
        this.texts = new SearchTexts(text, clock);
        typed.addListener((obs, old, now) -> find());
    }

    /** Shows what the box shows before anything is typed (or finds what was typed already). */
    public void start() {
        find();
    }

    private void find() {
        long mine = ++generation;
        running.cancel();
        SearchRun run = new SearchRun();
        running = run;
        String wanted = typed.get();
        boolean recent = SearchKey.of(wanted).isEmpty();
        searching.set(true);
        tasks.run(() -> recent ? search.recent(DeskSearch.GROUP_LINES)
                : search.find(wanted, DeskSearch.GROUP_LINES, run), found -> {
                    if (mine == generation) {
                        show(found, recent);
                    }
                }, failure -> {
                    if (mine == generation) {
                        searching.set(false);
                        pendingEnter = null;
                        if (!(failure instanceof SearchOvertaken)) {
                            tasks.report(failure);
                        }
                    }
                });
    }

    private void show(Found found, boolean recent) {
        searching.set(false);
        List<SearchLine> shown = texts.lines(found, recent);
        lines.setAll(shown);
        chosen.set(shown.stream().filter(SearchLine::opens).findFirst().orElse(null));
        noMatchText.set(!recent && found.isEmpty()
                ? Wording.forOwner(text).format("search.noMatch", found.typed().strip()) : "");
        Runnable enter = pendingEnter;
        pendingEnter = null;
        if (enter != null) {
            enter.run();
        }
    }

    /**
     * Enter: {@code open} the chosen line, or with "No match for …" {@code newReferral}. While the
     * newest keystroke's search is still running, Enter waits for its answer and acts on that, never on
     * the lines an older keystroke found.
     */
    public void enter(Consumer<SearchLine> open, Runnable newReferral) {
        pendingEnter = () -> {
            if (!noMatchText.get().isEmpty()) {
                newReferral.run();
            } else if (chosen.get() != null) {
                open.accept(chosen.get());
            }
        };
        if (!searching.get()) {
            Runnable now = pendingEnter;
            pendingEnter = null;
            now.run();
        }
    }

    /** The box was closed: an Enter still waiting for its answer does nothing. */
    public void forgetEnter() {
        pendingEnter = null;
    }

    /** Moves the choice to the next line that opens ({@code step} 1) or the one before ({@code step} -1). */
    public void move(int step) {
        int at = lines.indexOf(chosen.get());
        for (int i = at + step; i >= 0 && i < lines.size(); i += step) {
            if (lines.get(i).opens()) {
                chosen.set(lines.get(i));
                return;
            }
        }
    }

    /** Chooses {@code line} (a click); a heading is not chosen. */
    public void choose(SearchLine line) {
        if (line != null && line.opens()) {
            chosen.set(line);
        }
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ObservableList<SearchLine> lines() {
        return lines;
    }

    /** The line Enter opens: the first found, until the owner moves or clicks. */
    public ReadOnlyObjectProperty<SearchLine> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** "No match for “sunny”"; empty while something matches or nothing is typed. */
    public ReadOnlyStringProperty noMatchTextProperty() {
        return noMatchText.getReadOnlyProperty();
    }

    /** A search is running whose answer is not shown yet. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
