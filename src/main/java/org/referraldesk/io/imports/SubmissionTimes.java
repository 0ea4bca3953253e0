package org.referraldesk.io.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the submission times form tools write: ISO-8601 with or without an offset
 * ("2026-11-23T14:05:33+01:00", "2026-11-23 14:05:33"), slashed dates ("11/23/2026 14:05:33",
 * month first unless some day in the column is above 12), dotted dates ("23.11.2026 14:05") and
 * English month names ("November 23, 2026 2:05 pm"). A time without an offset is in {@code zone}.
 */
public final class SubmissionTimes {
    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})/(\\d{1,2})/\\d{2,4}.*");
    private static final List<DateTimeFormatter> MONTH_FIRST = formatters("M/d/uuuu");
    private static final List<DateTimeFormatter> DAY_FIRST = formatters("d/M/uuuu");
    private static final List<DateTimeFormatter> OTHERS = concat(formatters("uuuu-M-d"), formatters("uuuu/M/d"),
            formatters("d.M.uuuu"), formatters("MMMM d, uuuu"), formatters("MMM d, uuuu"), formatters("d MMMM uuuu"),
            formatters("d MMM uuuu"));

    private SubmissionTimes() {
    }

    /** Whether a column of slashed dates puts the day first: some first number is above 12. */
    public static boolean dayFirst(List<String> column) {
        for (String value : column) {
            Matcher m = SLASHED.matcher(value);
            if (m.matches() && Integer.parseInt(m.group(1)) > 12) {
                return true;
            }
        }
        return false;
    }

    public static Optional<Instant> parse(String text, ZoneId zone, boolean dayFirst) {
        String value = text.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T")
                    .replaceFirst(" ?(Z|[+-]\\d{2}:?\\d{2})$", "$1"), ISO_OFFSET).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // a local time, read in the zone below
        }
        for (DateTimeFormatter format : concat(dayFirst ? DAY_FIRST : MONTH_FIRST, OTHERS)) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(zone).toInstant());
            } catch (DateTimeParseException next) {
                try {
                    return Optional.of(LocalDate.parse(value, format).atStartOfDay(zone).toInstant());
                } catch (DateTimeParseException notThisOne) {
                    // try the next format
                }
            }
        }
        return Optional.empty();
    }

    private static final DateTimeFormatter ISO_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter(Locale.ROOT);

    private static List<DateTimeFormatter> formatters(String date) {
        return List.of(
                build(date + "[' ']['T']H:mm[:ss][.SSS]"),
                build(date + " h:mm[:ss] a"),
                build(date + "[' at'] h:mm[:ss] a"),
                build(date));
    }

    private static DateTimeFormatter build(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    @SafeVarargs
    private static List<DateTimeFormatter> concat(List<DateTimeFormatter>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
