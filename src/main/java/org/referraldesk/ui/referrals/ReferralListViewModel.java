package org.referraldesk.ui.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.SampleData;
import org.referraldesk.ui.common.BackgroundTasks;

/** The referrals list: the newest stories first, an empty state, and the sample-data action. */
public final class ReferralListViewModel {
    /** How many stories the list shows at once (newest first). */
    public static final int PAGE = 1000;

    private final Referrals referrals;
    private final SampleData sampleData;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    private final ObservableList<ReferralSummary> rows = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final StringProperty countText = new SimpleStringProperty("");

    public ReferralListViewModel(Referrals referrals, SampleData sampleData, BackgroundTasks tasks, Clock clock,
            ResourceBundle text) {
        this.referrals = referrals;
        this.sampleData = sampleData;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        this.dateTime = DateTimeFormatter.ofPattern(text.getString("format.dateTime"), locale).withZone(clock.getZone());
        this.date = DateTimeFormatter.ofPattern(text.getString("format.date"), locale).withZone(clock.getZone());
    }

    /** Reads the newest stories and how many there are, off the FX thread. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Page(referrals.summaries(PAGE, 0), referrals.count()), this::show, this::failed);
    }

    /** Fills an empty desk with the sample stories, then shows them. */
    public void addSampleData() {
        busy.set(true);
        tasks.run(sampleData::fill, added -> load(), this::failed);
    }

    private void show(Page page) {
        rows.setAll(page.rows());
        empty.set(page.total() == 0);
        countText.set(page.total() > page.rows().size()
                ? String.format(text.getString("referrals.countOf"), page.rows().size(), page.total())
                : String.format(text.getString("referrals.count"), page.total()));
        loaded.set(true);
        busy.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    /** A due time: "24 Nov 2026, 06:00" in the owner's time zone. */
    public String formatDateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** A day: the date in the owner's time zone and locale. */
    public String formatDate(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public boolean isOverdue(Instant due) {
        return due != null && due.isBefore(clock.instant());
    }

    /** "Middle · meeting booked": the act and the stage, as the owner reads them. */
    public String actAndStage(ReferralSummary row) {
        return text.getString("act." + row.act().name()) + " · " + text.getString("stage." + row.stage().name());
    }

    public ObservableList<ReferralSummary> rows() {
        return rows;
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

    public ReadOnlyStringProperty countTextProperty() {
        return countText;
    }

    private record Page(List<ReferralSummary> rows, int total) {
    }
}
