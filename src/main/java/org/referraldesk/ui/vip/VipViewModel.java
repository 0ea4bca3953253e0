package org.referraldesk.ui.vip;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.domain.VipTotals;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.VipRoundUp;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * The VIP screen: a year's invited partners with their numbers, a totals row, and marking an invite
 * sent, accepted or declined. The reminder check plans the invites; opening the screen only reads them.
 * An empty year says why: the round-up is off, or no one referred in the months it counts.
 */
public final class VipViewModel {
    private final VipRoundUp vip;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<VipLine> rows = FXCollections.observableArrayList();
    private final ObjectProperty<VipLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<VipTotals> totals = new SimpleObjectProperty<>(VipTotals.of(List.of()));
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private boolean opening;

    private final StringProperty emptyText = new SimpleStringProperty("");
    private final OwnerFormats formats;

    public VipViewModel(VipRoundUp vip, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.vip = vip;
        this.tasks = tasks;
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
        year.addListener((obs, old, chosen) -> {
            if (chosen != null && !opening) {
                load(chosen);
            }
        });
    }

    /** Shows this year's invites (as the reminder check planned them). */
    public void open() {
        busy.set(true);
        tasks.run(() -> {
            int current = vip.currentYear();
            return new Opened(vip.years(), current, vip.list(current), vip.season(current));
        }, this::showOpened, this::failed);
    }

    private void showOpened(Opened opened) {
        opening = true;
        years.setAll(opened.years());
        year.set(opened.year());
        opening = false;
        explain(opened.year(), opened.season());
        show(opened.lines());
    }

    /** Reads the shown year again (the reminder check may have planned invites meanwhile). */
    public void reread() {
        Integer shown = year.get();
        if (shown != null && !busy.get()) {
            tasks.run(() -> vip.list(shown), lines -> {
                if (!lines.equals(rows) && shown.equals(year.get())) {
                    VipLine was = selected.get();
                    show(lines);
                    lines.stream().filter(l -> was != null && l.inviteId() == was.inviteId()).findFirst()
                            .ifPresent(selected::set);
                }
            }, this::failed);
        }
    }

    private void load(int chosen) {
        busy.set(true);
        tasks.run(() -> new Opened(List.of(), chosen, vip.list(chosen), vip.season(chosen)), opened -> {
            explain(chosen, opened.season());
            show(opened.lines());
        }, this::failed);
    }

    /** The real reason a year has no invites. */
    private void explain(int shownYear, VipRoundUp.Season season) {
        Wording words = Wording.forOwner(text);
        if (!season.on()) {
            emptyText.set(text.getString("vip.empty.off"));
            return;
        }
        String lastDay = formats.date(season.until().minusSeconds(1));
        String why = words.format(season.counted() ? "vip.empty.past" : "vip.empty.planned", shownYear,
                formats.date(season.invitesDue()), formats.date(season.from()), lastDay);
        emptyText.set(season.counted() ? why + " " + words.format("vip.empty.nextYear", shownYear + 1) : why);
    }

    public void markSent() {
        mark(VipStatus.SENT);
    }

    public void markAccepted() {
        mark(VipStatus.ACCEPTED);
    }

    public void markDeclined() {
        mark(VipStatus.DECLINED);
    }

    private void mark(VipStatus status) {
        VipLine line = selected.get();
        if (line == null) {
            return;
        }
        int shown = line.year();
        busy.set(true);
        message.set("");
        tasks.run(() -> {
            vip.mark(line.inviteId(), status);
            return vip.list(shown);
        }, lines -> {
            show(lines);
            lines.stream().filter(l -> l.inviteId() == line.inviteId()).findFirst().ifPresent(selected::set);
            refused.set(false);
            message.set(Wording.forOwner(text).format("vip.marked." + status.name(), line.name()));
        }, this::failed);
    }

    private void show(List<VipLine> lines) {
        rows.setAll(lines);
        VipTotals sum = VipTotals.of(lines);
        totals.set(sum);
        summary.set(Wording.forOwner(text).format("vip.summary", sum.partners(), sum.sent(), sum.accepted(),
                sum.declined()));
        empty.set(lines.isEmpty());
        loaded.set(true);
        busy.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof InvalidInput refusal) {
            refused.set(true);
            message.set(refusal.ownersMessage());
        } else {
            tasks.report(failure);
        }
    }

    /** "Planned", "Sent", "Accepted", "Declined". */
    public String statusText(VipStatus status) {
        return Labels.forOwner().of(status);
    }

    /** "1,234.50" in the owner's locale, no currency. */
    public String formatMoney(BigDecimal amount) {
        return OwnerFormats.money(amount);
    }

    public BooleanBinding canMarkSent() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && VipStatus.SENT.canFollow(selected.get().status()) && !busy.get(), selected, busy);
    }

    public BooleanBinding canAnswer() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && VipStatus.ACCEPTED.canFollow(selected.get().status()) && !busy.get(), selected, busy);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<VipLine> rows() {
        return rows;
    }

    public ObjectProperty<VipLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<VipTotals> totalsProperty() {
        return totals;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** What the last action said: the invite marked, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The message is a refusal (shown in red), not a confirmation. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    /** "3 partners" or "1 partner". */
    public String partnersText(int count) {
        return Wording.forOwner(text).format("vip.total.partners", count);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    /** Why the shown year has no invites, e.g. planned for 1 Dec and no one referred since 1 Dec last year. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    private record Opened(List<Integer> years, int year, List<VipLine> lines, VipRoundUp.Season season) {
    }
}
