package org.referraldesk.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the date fields show and read a day and a time of day. A day is shown as every other date on
 * screen is, with the shared bundle's {@code format.date} ("23 Nov 2026", see {@link OwnerFormats});
 * it is read that way, as the locale's short date with the whole year ("23/11/2026" in Britain,
 * "11/23/2026" in the US, "23.11.2026" in Germany) or as an ISO day (2026-11-23). A time is
 * hours:minutes ("14:30"; "2:30 PM" is read where the locale writes so).
 */
public final class TypedDates {
    private static final ResourceBundle SHARED = ResourceBundle.getBundle("org.referraldesk.ui.messages");
    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern(SHARED.getString("format.time"),
            Locale.ROOT);
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2026, 11, 23);

    private TypedDates() {
    }

    /** "Type the day like 23 Nov 2026, or pick it from the calendar." (the shared form.day.unreadable). */
    public static String unreadableDay(java.util.ResourceBundle text) {
        return org.referraldesk.domain.Wording.forOwner(text).format("form.day.unreadable",
                showDay(EXAMPLE_DAY, Locale.getDefault(Locale.Category.FORMAT)));
    }

    /** The day as the date field shows it, as every date on screen is shown: "23 Nov 2026". */
    public static String showDay(LocalDate day, Locale locale) {
        return shownDay(locale).format(day);
    }

    /** The day in {@code typed}: as shown, as the locale's short date, or as an ISO day. */
    public static LocalDate readDay(String typed, Locale locale) {
        String text = typed.strip();
        DateTimeParseException first = null;
        for (DateTimeFormatter format : List.of(shownDay(locale), shortDay(locale), DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** "09:00". */
    public static String showTime(LocalTime time) {
        return TIME_SHOWN.format(time);
    }

    /** A time of day typed as hours and minutes: "9:00", "09:00", or the locale's own "9:00 AM". */
    public static LocalTime readTime(String typed, Locale locale) {
        String text = typed.strip();
        DateTimeParseException first = null;
        for (DateTimeFormatter format : List.of(TIME_TYPED,
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale))) {
            try {
                return LocalTime.parse(text, format);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static DateTimeFormatter shownDay(Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(SHARED.getString("format.date").replaceAll("y+", "uuuu")).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter shortDay(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "uuuu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
