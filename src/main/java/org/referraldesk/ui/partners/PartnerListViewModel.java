package org.referraldesk.ui.partners;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.Partners;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The partners list: every partner with their numbers, searched as the owner types (in memory: a
 * desk has dozens of partners, not thousands).
 */
public final class PartnerListViewModel {

    private final Partners partners;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final PartnerFormats formats;

    private final ObservableList<PartnerSummary> all = FXCollections.observableArrayList();
    private final FilteredList<PartnerSummary> rows = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty noMatchText = new SimpleStringProperty("");

    private final org.referraldesk.service.Gifts gifts;
    private final org.referraldesk.service.BusinessSettings business;
    private final ResourceBundle text;
    private final StringProperty giftTotalText = new SimpleStringProperty("");

    /** Every partner's line, and the year's gift spend for everyone against the profit referrals brought. */
    public PartnerListViewModel(Partners partners, org.referraldesk.service.Gifts gifts,
            org.referraldesk.service.BusinessSettings business, BackgroundTasks tasks, Clock clock,
            ResourceBundle text) {
        this.gifts = gifts;
        this.business = business;
        this.text = text;
        this.partners = partners;
        this.tasks = tasks;
        this.clock = clock;
        this.formats = new PartnerFormats(text, clock);
        search.addListener((obs, old, query) -> filter());
    }

    /** Reads every partner's line, off the FX thread. */
    public void load() {
        busy.set(true);
        tasks.run(partners::summaries, this::show, this::failed);
        int year = java.time.Year.now(clock).getValue();
        record Read(org.referraldesk.domain.GiftYear total, java.util.Currency currency) { }
        tasks.run(() -> new Read(gifts.yearTotal(year), business.currency()), read -> giftTotalText.set(
                Wording.forOwner(text).format("partners.giftTotal", year,
                        PartnerThanks.giftYear(text, read.total(), read.currency()))));
    }

    /** "2026: gifts this year 430.00 EUR of 12,400.00 EUR profit (3 %)". */
    public ReadOnlyStringProperty giftTotalTextProperty() {
        return giftTotalText;
    }

    private void show(List<PartnerSummary> summaries) {
        all.setAll(summaries);
        empty.set(summaries.isEmpty());
        filter();
        loaded.set(true);
        busy.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    private void filter() {
        String query = search.get() == null ? "" : search.get().strip();
        rows.setPredicate(matching(query));
        int total = all.size();
        countText.set(rows.size() < total ? Wording.forOwner(text).format("partners.countOf", rows.size(), total)
                : Wording.forOwner(text).format("partners.count", total));
        noMatchText.set(query.isEmpty() ? "" : Wording.forOwner(text).format("partners.noMatch", query));
    }

    /**
     * Partners found as the desk-wide search finds a person: every word of the query in their name,
     * company or email, ignoring case and accents ("zoe lef" finds Zoë Lefèvre), or the digits typed
     * in their phone however it was written ("7946 0105"). Everyone when nothing is typed.
     */
    static Predicate<PartnerSummary> matching(String query) {
        SearchKey key = SearchKey.of(query); // the one matching the desk-wide search and the referrals list use
        return partner -> key.isEmpty() || key.rankPerson(SearchKey.personText(partner.name(), partner.company(),
                partner.email()), SearchKey.digitsOf(partner.phone())) > SearchKey.NO_MATCH;
    }

    public String formatDate(Instant instant) {
        return formats.date(instant);
    }

    public String formatMoney(BigDecimal amount) {
        return formats.money(amount);
    }

    public boolean isOverdue(Instant checkIn) {
        return checkIn != null && checkIn.isBefore(clock.instant());
    }

    /** The partners that match the search, in the order the store gave them (the view sorts them). */
    public ObservableList<PartnerSummary> rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
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

    /** What the table says when the search matches nobody. */
    public ReadOnlyStringProperty noMatchTextProperty() {
        return noMatchText;
    }
}
