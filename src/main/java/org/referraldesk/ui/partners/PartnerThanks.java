package org.referraldesk.ui.partners;

import java.time.Clock;
import java.time.Year;
import java.util.Currency;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.GiftYear;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.Ledger;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.Gifts;
import org.referraldesk.service.ReferralsGiven;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * The partner page's thanks: this year's gifts against the profit the partner's referrals brought,
 * and the two-way ledger (referrals received from them, given to them).
 */
public final class PartnerThanks {
    private final Gifts gifts;
    private final ReferralsGiven given;
    private final BusinessSettings business;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final StringProperty giftYearText = new SimpleStringProperty("");
    private final StringProperty ledgerText = new SimpleStringProperty("");
    private final StringProperty receivedTitle = new SimpleStringProperty("");
    private final StringProperty givenTitle = new SimpleStringProperty("");
    private final ObservableList<GivenLine> givenLines = FXCollections.observableArrayList();

    PartnerThanks(Gifts gifts, ReferralsGiven given, BusinessSettings business, BackgroundTasks tasks, Clock clock,
            ResourceBundle text) {
        this.gifts = gifts;
        this.given = given;
        this.business = business;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
    }

    /** Reads the year's gifts and the ledger of partner {@code partnerId}, off the FX thread. */
    void load(long partnerId) {
        int year = Year.now(clock).getValue();
        record Read(GiftYear year, Ledger ledger, Currency currency) { }
        tasks.run(() -> new Read(gifts.yearOf(partnerId, year), given.ledger(partnerId), business.currency()),
                read -> show(read.year(), read.ledger(), read.currency()));
    }

    void show(GiftYear year, Ledger ledger, Currency currency) {
        giftYearText.set(giftYear(text, year, currency));
        int received = ledger.received().size();
        int gave = ledger.given().size();
        ledgerText.set(Wording.forOwner(text).format("ledger.summary", received, gave));
        receivedTitle.set(Wording.forOwner(text).format("ledger.received", received));
        givenTitle.set(Wording.forOwner(text).format("ledger.given", gave));
        givenLines.setAll(ledger.given());
    }

    /** "Gifts this year 180.00 EUR of 2,000.00 EUR profit (9 %)"; without profit, no share. */
    static String giftYear(ResourceBundle text, GiftYear year, Currency currency) {
        String spent = OwnerFormats.money(year.spent(), currency);
        String profit = OwnerFormats.money(year.profit(), currency);
        return year.share() == null ? Wording.forOwner(text).format("gifts.year.noProfit", spent, profit)
                : Wording.forOwner(text).format("gifts.year", spent, profit, year.share().toPlainString());
    }

    /** "Gifts this year 180.00 EUR of 2,000.00 EUR profit (9 %)". */
    public ReadOnlyStringProperty giftYearTextProperty() {
        return giftYearText;
    }

    /** "Received 3 · given 1". */
    public ReadOnlyStringProperty ledgerTextProperty() {
        return ledgerText;
    }

    /** "Received from them (3)". */
    public ReadOnlyStringProperty receivedTitleProperty() {
        return receivedTitle;
    }

    /** "Given to them (1)". */
    public ReadOnlyStringProperty givenTitleProperty() {
        return givenTitle;
    }

    /** The referrals we gave them, newest first. */
    public ObservableList<GivenLine> givenLines() {
        return givenLines;
    }
}
