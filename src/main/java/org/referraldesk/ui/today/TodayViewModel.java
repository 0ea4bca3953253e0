package org.referraldesk.ui.today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.service.Agenda;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Today;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DeskChanges;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FollowUpMessages;
import org.referraldesk.ui.common.FormFields;

/**
 * The Today screen: counts at the top, then what is overdue, due today and due in the next seven
 * days, each grouped by kind. A row offers what its kind needs (Done, Copy message, Email draft, Log
 * gift, Posted, Snooze, Skip); several picked rows are done, snoozed or skipped at once; the last
 * done, snooze or skip can be undone. It reads the agenda again after its own changes and on every
 * {@link DeskChanges} signal, so it agrees with the rail badge.
 */
public final class TodayViewModel {
    private final Today today;
    private final FollowUps followUps;
    private final FollowUpMessages messages;
    private final DeskChanges changes;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final TodayTexts texts;
    private final TodaySelection selection = new TodaySelection();

    private final ObservableList<TodayGroup> overdue = FXCollections.observableArrayList();
    private final ObservableList<TodayGroup> dueToday = FXCollections.observableArrayList();
    private final ObservableList<TodayGroup> nextWeek = FXCollections.observableArrayList();
    private final ObservableList<TodayLine> lines = FXCollections.observableArrayList();
    private final IntegerProperty overdueCount = new SimpleIntegerProperty();
    private final IntegerProperty dueTodayCount = new SimpleIntegerProperty();
    private final IntegerProperty nextWeekCount = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty nothingDue = new SimpleBooleanProperty(false);
    private final BooleanProperty emptyDesk = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final ObjectProperty<Undo> undo = new SimpleObjectProperty<>();
    private final IntegerProperty picked = new SimpleIntegerProperty();
    private long generation;

    public TodayViewModel(Today today, FollowUps followUps, FollowUpMessages messages, DeskChanges changes,
            BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.today = today;
        this.followUps = followUps;
        this.messages = messages;
        this.changes = changes;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.texts = new TodayTexts(text, clock.getZone());
        messages.statusProperty().addListener((obs, old, status) -> message.set(status));
        selection.ids().addListener((SetChangeListener<Long>) change -> picked.set(selection.ids().size()));
    }

    /** Reads the agenda; an answer older than the latest request is dropped. Picked rows stay picked. */
    public void load() {
        long mine = ++generation;
        tasks.run(() -> shaped(today.agenda()), read -> { // the rows' texts are made off the FX thread too
            if (mine == generation) {
                show(read);
            }
        });
    }

    /** Copies the row's message (filled from its story) to the clipboard. */
    public void copyMessage(TodayItem item) {
        messages.copy(item.id());
    }

    /** Opens the row's message as a draft in the email app. */
    public void emailDraft(TodayItem item) {
        messages.openDraft(item.id());
    }

    /** Marks it done; a Hero check-in done counts as a touch with the partner. */
    public void complete(TodayItem item) {
        complete(List.of(item));
    }

    /**
     * Marks every picked row done, except gifts and public thank-yous: each of those is done by logging
     * the gift or saying where it was posted.
     */
    public void completePicked() {
        List<TodayItem> items = selection.items();
        List<TodayItem> plain = items.stream().filter(item -> !needsItsDialog(item)).toList();
        if (plain.isEmpty()) {
            message.set(text.getString("message.doneNeedsDialog"));
            return;
        }
        String said = texts.said("message.done", plain);
        int left = items.size() - plain.size();
        act(plain, id -> followUps.complete(id, null),
                left == 0 ? said : said + " " + texts.format("message.leftForDialog", left));
    }

    private void complete(List<TodayItem> items) {
        act(items, id -> followUps.complete(id, null), texts.said("message.done", items));
    }

    static boolean needsItsDialog(TodayItem item) {
        return item.kind() == FollowUpKind.GIFT || item.kind() == FollowUpKind.PUBLIC_THANKS;
    }

    /** A dialog (log gift, where it was posted) did the follow-up: say so and read the agenda again. */
    public void afterDialog(TodayItem item, String messageKey) {
        message.set(texts.format(messageKey, texts.title(item)));
        changes.changed();
        load();
    }

    /** Puts it off by {@code days} calendar days from now, at the same local time. */
    public void snooze(TodayItem item, int days) {
        snooze(List.of(item), days);
    }

    public void snoozePicked(int days) {
        snooze(selection.items(), days);
    }

    private void snooze(List<TodayItem> items, int days) {
        Instant until = DueOffset.days(days).after(clock.instant(), clock.getZone());
        act(items, id -> followUps.snooze(id, until), texts.said("message.snoozed", items, texts.dateTime(until)));
    }

    /** The Pick a date dialog: each new due time is the picked day ("until") at the item's own local time. */
    public DialogForm<Undo> snoozeForm(List<TodayItem> items) {
        FormFields fields = new FormFields(tasks, text, List.of("until"));
        fields.day("until").set(LocalDate.now(clock).plusDays(1));
        return new DialogForm<>(texts.said("pick.header", items), text.getString("pick.ok"), fields, form -> {
            LocalDate day = form.date("until");
            if (day == null) {
                throw new InvalidInput("until", text.getString("pick.missing"));
            }
            String said = texts.said("message.snoozed", items, texts.dateTime(onDayAtSameTime(items.get(0), day)));
            Map<Long, Instant> until = new HashMap<>();
            items.forEach(item -> until.put(item.id(), onDayAtSameTime(item, day)));
            return () -> new Undo(said, change(items, id -> followUps.snooze(id, until.get(id))));
        }, this::changed);
    }

    /** The Skip dialog: a reason is required (one reason for every picked row). */
    public DialogForm<Undo> skipForm(List<TodayItem> items) {
        return new DialogForm<>(texts.said("skip.header", items), text.getString("skip.ok"),
                new FormFields(tasks, text, List.of("reason")), form -> {
                    String reason = form.text("reason");
                    if (reason == null) {
                        throw new InvalidInput("reason", text.getString("skip.blank"));
                    }
                    String said = texts.said("message.skipped", items);
                    return () -> new Undo(said, change(items, id -> followUps.skip(id, reason)));
                }, this::changed);
    }

    /** Puts the last done, snooze or skip back as it was. */
    public void undo() {
        Undo last = undo.get();
        if (last == null) {
            return;
        }
        undo.set(null);
        tasks.run(() -> {
            last.before().forEach(followUps::restore);
            return last.before().size();
        }, count -> {
            message.set(texts.format("message.undone", count));
            changes.changed();
            load();
        }, failure -> {
            load();
            tasks.report(failure);
        });
    }

    Instant onDayAtSameTime(TodayItem item, LocalDate day) {
        ZonedDateTime due = item.dueAt().atZone(clock.getZone());
        return day.atTime(due.toLocalTime()).atZone(clock.getZone()).toInstant();
    }

    private void act(List<TodayItem> items, LongConsumer change, String said) {
        if (items.isEmpty()) {
            return;
        }
        tasks.run(() -> new Undo(said, change(items, change)), this::changed, failure -> {
            load();
            tasks.report(failure);
        });
    }

    /** Changes each row that is still open (another screen may have closed one), keeping how it was. */
    private List<FollowUp> change(List<TodayItem> items, LongConsumer change) {
        List<FollowUp> before = new ArrayList<>();
        for (TodayItem item : items) {
            FollowUp was = followUps.find(item.id());
            if (was.isOpen()) {
                change.accept(item.id());
                before.add(was);
            }
        }
        return before;
    }

    /** A change was saved: offer its undo, unpick what changed, and read the agenda again. */
    private void changed(Undo done) {
        message.set("");
        undo.set(done);
        done.before().forEach(f -> selection.ids().remove(f.id()));
        changes.changed();
        load();
    }

    /** The agenda as the screen shows it: its groups and their rows' texts. */
    private record Shaped(Agenda agenda, List<TodayGroup> late, List<TodayGroup> due, List<TodayGroup> week) {
    }

    private Shaped shaped(Agenda agenda) {
        return new Shaped(agenda, groups(agenda, agenda.overdue()), groups(agenda, agenda.dueToday()),
                groups(agenda, agenda.nextWeek()));
    }

    private void show(Shaped read) {
        Agenda agenda = read.agenda();
        List<TodayGroup> late = read.late();
        List<TodayGroup> due = read.due();
        List<TodayGroup> week = read.week();
        if (!late.equals(overdue)) {
            overdue.setAll(late);
        }
        if (!due.equals(dueToday)) {
            dueToday.setAll(due);
        }
        if (!week.equals(nextWeek)) {
            nextWeek.setAll(week);
        }
        List<TodayLine> shown = new ArrayList<>(TodayLine.of(TodaySection.OVERDUE, late));
        shown.addAll(TodayLine.of(TodaySection.DUE_TODAY, due));
        shown.addAll(TodayLine.of(TodaySection.NEXT_WEEK, week));
        if (!shown.equals(lines)) {
            lines.setAll(shown);
        }
        selection.shown(Stream.of(late, due, week).flatMap(List::stream).flatMap(g -> g.items().stream()).toList());
        overdueCount.set(agenda.overdueCount());
        dueTodayCount.set(agenda.dueTodayCount());
        nextWeekCount.set(agenda.nextWeekCount());
        nothingDue.set(agenda.nothingDue());
        emptyDesk.set(agenda.emptyDesk());
        date.set(texts.today(agenda.now()));
        emptyText.set(texts.whyNothingDue(agenda));
        loaded.set(true);
    }

    /** Groups by kind in the playbook's order; inside a group the longest overdue comes first. */
    private List<TodayGroup> groups(Agenda agenda, List<FollowUpLine> lines) {
        Map<FollowUpKind, List<TodayItem>> byKind = new EnumMap<>(FollowUpKind.class);
        for (FollowUpLine line : lines) {
            byKind.computeIfAbsent(line.kind(), k -> new ArrayList<>())
                    .add(texts.item(agenda, line, messages.writes(line.kind())));
        }
        List<TodayGroup> groups = new ArrayList<>();
        byKind.forEach((kind, items) -> groups.add(new TodayGroup(kind, texts.kind(kind), items)));
        return groups;
    }

    /** Today's date as the header shows it, e.g. "Monday 23 November 2026". */
    public String dateText() {
        return texts.today(clock.instant());
    }

    /** Why nothing is due this week: an empty desk, the next follow-up's date, or everything done. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    /** The date of the agenda shown: it moves on when the page reads again after midnight. */
    public ReadOnlyStringProperty dateProperty() {
        return date;
    }

    /** The rows picked for Done, Snooze or Skip at once. */
    TodaySelection selection() {
        return selection;
    }

    /** "3 picked". */
    public String pickedText(int count) {
        return texts.format("picked.count", count);
    }

    public ReadOnlyIntegerProperty pickedProperty() {
        return picked;
    }

    /** The last done, snooze or skip, to undo; null when there is none. */
    public ReadOnlyObjectProperty<Undo> undoProperty() {
        return undo;
    }

    /** What the list shows, top to bottom: each section's title, its groups' titles and their rows. */
    ObservableList<TodayLine> lines() {
        return lines;
    }

    public ObservableList<TodayGroup> overdue() {
        return overdue;
    }

    public ObservableList<TodayGroup> dueToday() {
        return dueToday;
    }

    public ObservableList<TodayGroup> nextWeek() {
        return nextWeek;
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount;
    }

    public ReadOnlyIntegerProperty dueTodayCountProperty() {
        return dueTodayCount;
    }

    public ReadOnlyIntegerProperty nextWeekCountProperty() {
        return nextWeekCount;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty nothingDueProperty() {
        return nothingDue;
    }

    public ReadOnlyBooleanProperty emptyDeskProperty() {
        return emptyDesk;
    }

    /** What the last action said, e.g. "Gift logged: …" or "Message copied."; undoable changes use the undo bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /**
     * What a done, snooze or skip changed, to put back.
     *
     * @param said what the undo bar says, e.g. "3 follow-ups done."
     * @param before each changed follow-up as it was just before
     */
    public record Undo(String said, List<FollowUp> before) {
        public Undo {
            before = List.copyOf(before);
        }
    }
}
