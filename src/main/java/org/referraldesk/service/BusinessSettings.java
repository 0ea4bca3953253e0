package org.referraldesk.service;

import java.util.Currency;
import java.util.Locale;
import org.referraldesk.domain.Currencies;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * What the business is, beyond its name: the currency its amounts are in (ISO 4217; until the owner
 * chooses, the machine locale's or EUR) and a line on what it does, which the not-a-fit message uses.
 */
public final class BusinessSettings {
    public static final String CURRENCY = "owner.currency";
    public static final String WHAT_WE_DO = "owner.whatWeDo";
    public static final int MAX_WHAT_WE_DO = FieldLimits.WHAT_WE_DO;

    private final Store store;

    public BusinessSettings(Store store) {
        this.store = store;
    }

    public Currency currency() {
        return store.inTransaction(BusinessSettings::currency);
    }

    static Currency currency(Tx tx) {
        return tx.settings().get(CURRENCY).map(code -> Currencies.parse("currency", code))
                .orElseGet(() -> Currencies.defaultFor(Locale.getDefault(Locale.Category.FORMAT)));
    }

    /** Stores the currency a typed code names; a code that is none is refused on "currency" and nothing changes. */
    public Currency saveCurrency(String code) {
        Currency currency = Currencies.parse("currency", code);
        store.useTransaction(tx -> tx.settings().put(CURRENCY, currency.getCurrencyCode()));
        return currency;
    }

    /** What the business does, in the owner's words; "" until they write it. */
    public String whatWeDo() {
        return store.inTransaction(BusinessSettings::whatWeDo);
    }

    static String whatWeDo(Tx tx) {
        return tx.settings().get(WHAT_WE_DO).orElse("");
    }

    /** Stores what the business does; blank clears it. */
    public void saveWhatWeDo(String text) {
        String value = FieldLimits.text("whatWeDo", text, MAX_WHAT_WE_DO, "label.whatWeDo");
        store.useTransaction(tx -> tx.settings().put(WHAT_WE_DO, value == null ? "" : value));
    }
}
