package org.referraldesk.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;
import org.referraldesk.io.imports.SubmissionTimes;
import org.referraldesk.io.imports.Table;

/**
 * How a file's submission times are read: in the owner's zone, or in UTC when the column's title
 * says so (Typeform's "Submit Date (UTC)"); slashed dates day-first when some day in the column is
 * above 12.
 */
record SubmissionClock(ZoneId zone, boolean dayFirst) {

    static SubmissionClock of(Table table, ColumnMapping mapping, ZoneId ownerZone) {
        ZoneId zone = mapping.firstColumn(ImportField.RECEIVED_AT)
                .filter(h -> h.toUpperCase(Locale.ROOT).contains("UTC")).<ZoneId>map(h -> ZoneOffset.UTC).orElse(ownerZone);
        boolean dayFirst = SubmissionTimes.dayFirst(table.rows().stream()
                .map(row -> RowValues.of(table, row, mapping, ImportField.RECEIVED_AT)).toList());
        return new SubmissionClock(zone, dayFirst);
    }

    Optional<Instant> read(String text) {
        return SubmissionTimes.parse(text, zone, dayFirst);
    }
}
