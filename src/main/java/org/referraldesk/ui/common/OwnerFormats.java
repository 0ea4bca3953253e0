package org.referraldesk.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Stage;

/**
 * How every screen writes days, times, money and stages: in the owner's time zone (the Clock's)
 * and locale, with the patterns from the shared bundle (format.date, format.dateTime).
 */
public final class OwnerFormats {
    private final ResourceBundle text;
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private final Labels labels = Labels.in(locale);
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public OwnerFormats(ResourceBundle text, Clock clock) {
        this.text = text;
        this.date = DateTimeFormatter.ofPattern(text.getString("format.date"), locale).withZone(clock.getZone());
        this.dateTime = DateTimeFormatter.ofPattern(text.getString("format.dateTime"), locale)
                .withZone(clock.getZone());
    }

    /** "23 Nov 2026"; "" for none. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** "23 Nov 2026, 09:00"; "" for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** "1,234.50" in the owner's locale: always two decimals, no currency (the desk keeps none). */
    public static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    /**
     * "1,234.50 EUR": grouped in the owner's locale, with the currency's own number of decimals
     * (none for JPY) and its ISO code after the amount.
     */
    public static String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount == null ? BigDecimal.ZERO : amount) + " " + currency.getCurrencyCode();
    }

    /** "Middle · meeting booked". */
    public String actAndStage(Stage stage) {
        return labels.actAndStage(stage);
    }
}
