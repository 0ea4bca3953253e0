package org.referraldesk.ui.today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.service.Agenda;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Today;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormFields;

/**
 * The Today screen: counts at the top, then what is overdue, due today and due in the next seven
 * days, each grouped by kind. Done, snooze and skip act at once and read the agenda again.
 */
public final class TodayViewModel {
    private final Today today;
    private final FollowUps followUps;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final TodayTexts texts;

    private final ObservableList<TodayGroup> overdue = FXCollections.observableArrayList();
    private final ObservableList<TodayGroup> dueToday = FXCollections.observableArrayList();
    private final ObservableList<TodayGroup> nextWeek = FXCollections.observableArrayList();
    private final IntegerProperty overdueCount = new SimpleIntegerProperty();
    private final IntegerProperty dueTodayCount = new SimpleIntegerProperty();
    private final IntegerProperty nextWeekCount = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty nothingDue = new SimpleBooleanProperty(false);
    private final BooleanProperty emptyDesk = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private long generation;

    public TodayViewModel(Today today, FollowUps followUps, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.today = today;
        this.followUps = followUps;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.texts = new TodayTexts(text, clock.getZone());
    }

    /** Reads the agenda; an answer older than the latest request is dropped. */
    public void load() {
        long mine = ++generation;
        tasks.run(today::agenda, agenda -> {
            if (mine == generation) {
                show(agenda);
            }
        });
    }

    /** Marks it done; a Hero check-in done counts as a touch with the partner. */
    public void complete(TodayItem item) {
        act(() -> followUps.complete(item.id(), null), texts.format("message.done", texts.title(item)));
    }

    /** A dialog (log gift, where it was posted) did the follow-up: say so and read the agenda again. */
    public void afterDialog(TodayItem item, String messageKey) {
        message.set(texts.format(messageKey, texts.title(item)));
        load();
    }

    /** Puts it off by {@code days} calendar days from now, at the same local time. */
    public void snooze(TodayItem item, int days) {
        Instant until = DueOffset.days(days).after(clock.instant(), clock.getZone());
        act(() -> followUps.snooze(item.id(), until),
                texts.format("message.snoozed", texts.dateTime(until), texts.title(item)));
    }

    /** The Pick a date dialog: the new due time is the picked day ("until") at the item's own local time. */
    public DialogForm<String> snoozeForm(TodayItem item) {
        FormFields fields = new FormFields(tasks, text, List.of("until"));
        fields.day("until").set(LocalDate.now(clock).plusDays(1));
        return new DialogForm<>(texts.format("pick.header", texts.title(item)), text.getString("pick.ok"), fields,
                form -> {
                    LocalDate day = form.date("until");
                    if (day == null) {
                        throw new InvalidInput("until", text.getString("pick.missing"));
                    }
                    Instant until = onDayAtSameTime(item, day);
                    return () -> {
                        followUps.snooze(item.id(), until);
                        return texts.format("message.snoozed", texts.dateTime(until), texts.title(item));
                    };
                }, this::saved);
    }

    /** The Skip dialog: a reason is required. */
    public DialogForm<String> skipForm(TodayItem item) {
        return new DialogForm<>(texts.format("skip.header", texts.title(item)), text.getString("skip.ok"),
                new FormFields(tasks, text, List.of("reason")), form -> {
                    String reason = form.text("reason");
                    if (reason == null) {
                        throw new InvalidInput("reason", text.getString("skip.blank"));
                    }
                    return () -> {
                        followUps.skip(item.id(), reason);
                        return texts.format("message.skipped", texts.title(item));
                    };
                }, this::saved);
    }

    Instant onDayAtSameTime(TodayItem item, LocalDate day) {
        ZonedDateTime due = item.dueAt().atZone(clock.getZone());
        return day.atTime(due.toLocalTime()).atZone(clock.getZone()).toInstant();
    }

    private void act(Runnable work, String done) {
        tasks.run(call(work), ok -> {
            message.set(done);
            load();
        }, failure -> {
            load();
            tasks.report(failure);
        });
    }

    /** A dialog saved its change: say so and read the agenda again. */
    private void saved(String done) {
        message.set(done);
        load();
    }

    private static Callable<Boolean> call(Runnable work) {
        return () -> {
            work.run();
            return true;
        };
    }

    private void show(Agenda agenda) {
        overdue.setAll(groups(agenda, agenda.overdue()));
        dueToday.setAll(groups(agenda, agenda.dueToday()));
        nextWeek.setAll(groups(agenda, agenda.nextWeek()));
        overdueCount.set(agenda.overdueCount());
        dueTodayCount.set(agenda.dueTodayCount());
        nextWeekCount.set(agenda.nextWeekCount());
        nothingDue.set(agenda.nothingDue());
        emptyDesk.set(agenda.emptyDesk());
        loaded.set(true);
    }

    /** Groups by kind in the playbook's order; inside a group the longest overdue comes first. */
    private List<TodayGroup> groups(Agenda agenda, List<FollowUpLine> lines) {
        Map<FollowUpKind, List<TodayItem>> byKind = new EnumMap<>(FollowUpKind.class);
        for (FollowUpLine line : lines) {
            byKind.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(texts.item(agenda, line));
        }
        List<TodayGroup> groups = new ArrayList<>();
        byKind.forEach((kind, items) -> groups.add(new TodayGroup(kind, texts.kind(kind), items)));
        return groups;
    }

    /** Today's date as the header shows it, e.g. "Monday 23 November 2026". */
    public String dateText() {
        return texts.today(clock.instant());
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

    /** What the last action did, e.g. "Done: Thank the referrer · Anna Keller." */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
