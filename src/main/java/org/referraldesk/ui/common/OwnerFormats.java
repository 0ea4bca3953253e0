package org.referraldesk.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Stage;

/**
 * How every screen writes days, times, money and stages: in the owner's time zone (the Clock's)
 * and locale (month and day names in the format locale), with the patterns of the shared bundle
 * (format.date, format.dateTime, format.time, format.dayTime, format.longDate), so a translation
 * changes them in one place. No view model builds its own DateTimeFormatter for a shown time.
 */
public final class OwnerFormats {
    private final ResourceBundle text;
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private final Labels labels = Labels.in(locale);
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter longDate;

    public OwnerFormats(ResourceBundle text, Clock clock) {
        this(text, clock.getZone());
    }

    public OwnerFormats(ResourceBundle text, ZoneId zone) {
        this.text = text;
        this.date = pattern("format.date", zone);
        this.dateTime = pattern("format.dateTime", zone);
        this.time = pattern("format.time", zone);
        this.dayTime = pattern("format.dayTime", zone);
        this.longDate = pattern("format.longDate", zone);
    }

    private DateTimeFormatter pattern(String key, ZoneId zone) {
        return DateTimeFormatter.ofPattern(text.getString(key), locale).withZone(zone);
    }

    /** "23 Nov 2026"; "" for none. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** "23 Nov 2026, 09:00"; "" for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** "09:00": a time on a day the reader knows; "" for none. */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** "Mon 23 Nov, 09:00": a time within a week or so of today; "" for none. */
    public String dayAndTime(Instant instant) {
        return instant == null ? "" : dayTime.format(instant);
    }

    /** "Monday 23 November 2026": a day as a heading; "" for none. */
    public String longDate(Instant instant) {
        return instant == null ? "" : longDate.format(instant);
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
