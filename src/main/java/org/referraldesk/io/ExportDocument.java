package org.referraldesk.io;

import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.DataTable;

/**
 * The full export (src/docs/json-export.md): the schema version it was read from, when, and every
 * table's rows.
 */
public record ExportDocument(int formatVersion, String schemaVersion, Instant exportedAt, List<DataTable> tables) {
    /** The value of the document's "format" field. */
    public static final String FORMAT = "referral-desk-export";
    /** The document layout this build writes (and the newest it reads). */
    public static final int FORMAT_VERSION = 1;

    public ExportDocument {
        tables = List.copyOf(tables);
    }

    public static ExportDocument of(String schemaVersion, Instant exportedAt, List<DataTable> tables) {
        return new ExportDocument(FORMAT_VERSION, schemaVersion, exportedAt, tables);
    }

    /** How many rows table {@code name} (e.g. "referral") holds; 0 when the document has no such table. */
    public int rowsOf(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).mapToInt(t -> t.rows().size()).sum();
    }

    /** How many rows all tables hold together. */
    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
