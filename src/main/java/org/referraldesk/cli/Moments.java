package org.referraldesk.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO-8601 moment from the command line: an instant ("2026-03-11T09:00:00Z"), a time with
 * an offset ("2026-03-11T10:00+01:00"), or a local date-time or date in the owner's zone
 * ("2026-03-11T10:00", "2026-03-11" meaning its start).
 */
final class Moments implements ITypeConverter<Instant> {
    private final ZoneId zone;

    Moments(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant convert(String text) {
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException noOffset) {
                try {
                    return LocalDateTime.parse(value).atZone(zone).toInstant();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(value).atStartOfDay(zone).toInstant();
                    } catch (DateTimeParseException notADate) {
                        throw new TypeConversionException(Said.text("cli.time.unreadable", text, zone.toString()));
                    }
                }
            }
        }
    }
}
