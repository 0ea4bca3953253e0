package org.referraldesk.domain;

import java.util.Currency;
import java.util.Locale;

/**
 * The owner's currency: an ISO 4217 code such as EUR, GBP or JPY. The desk stores amounts with at
 * most two decimal places, so currencies with a finer minor unit (e.g. KWD) are refused.
 */
public final class Currencies {
    public static final Currency FALLBACK = Currency.getInstance("EUR");

    private Currencies() {
    }

    /** The currency a typed code names, refused on {@code field} with a clear message otherwise. */
    public static Currency parse(String field, String code) {
        String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!typed.matches("[A-Z]{3}")) {
            throw new InvalidInput(field, "currency.blank");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(typed);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, "currency.unknown", typed);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0 || digits > 2) {
            throw digits < 0 ? new InvalidInput(field, "currency.noMinorUnit", typed)
                    : new InvalidInput(field, "currency.tooManyDigits", typed, digits);
        }
        return currency;
    }

    /** The machine locale's currency where it has one the desk can keep, else EUR. */
    public static Currency defaultFor(Locale locale) {
        try {
            Currency currency = Currency.getInstance(locale);
            int digits = currency == null ? -1 : currency.getDefaultFractionDigits();
            return digits >= 0 && digits <= 2 ? currency : FALLBACK;
        } catch (IllegalArgumentException noCountry) {
            return FALLBACK;
        }
    }

    /** How many decimal places the currency's minor unit has (2 for EUR, 0 for JPY). */
    public static int minorDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
