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

/**
 * How the owner types a day and a time of day, in their locale: the locale's short date with the
 * whole year ("23/11/2026" in Britain, "11/23/2026" in the US, "23.11.2026" in Germany; an ISO day
 * such as 2026-11-23 is read too) and hours:minutes ("14:30"; "2:30 PM" where the locale writes so).
 */
public final class TypedDates {
    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2026, 11, 23);

    private TypedDates() {
    }

    /** "Type the day like 23/11/2026, or pick it from the calendar." (the shared form.day.unreadable). */
    public static String unreadableDay(java.util.ResourceBundle text) {
        return org.referraldesk.domain.Wording.forOwner(text).format("form.day.unreadable",
                showDay(EXAMPLE_DAY, Locale.getDefault(Locale.Category.FORMAT)));
    }

    /** The day as the date field shows it: "23/11/2026". */
    public static String showDay(LocalDate day, Locale locale) {
        return dayFormat(locale).format(day);
    }

    /** The day in {@code typed}, read in {@code locale} (or as an ISO day). */
    public static LocalDate readDay(String typed, Locale locale) {
        String text = typed.strip();
        try {
            return LocalDate.parse(text, dayFormat(locale));
        } catch (DateTimeParseException notTheLocales) {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        }
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

    private static DateTimeFormatter dayFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "uuuu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
