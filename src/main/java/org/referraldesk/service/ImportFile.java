package org.referraldesk.service;

import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.imports.ImportFiles;
import org.referraldesk.io.imports.Recognised;
import org.referraldesk.io.imports.Table;

/**
 * A file read for import and not yet imported: its name, the encoding and format found, its
 * headers, and the mapping its header suggests (empty when it was not recognised).
 */
public final class ImportFile {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private final ImportFiles.ReadFile read;
    private final Optional<Recognised> recognised;
    private final Set<ImportField> fields;
    private final ZoneId zone;

    ImportFile(ImportFiles.ReadFile read, Optional<Recognised> recognised, Set<ImportField> fields, ZoneId zone) {
        this.read = read;
        this.recognised = recognised;
        this.fields = fields;
        this.zone = zone;
    }

    public String name() {
        return read.name();
    }

    public String encoding() {
        return read.encoding();
    }

    /** What wrote the file, as far as its header tells ("Google Contacts CSV"), else what it is ("CSV"). */
    public String format() {
        return recognised.map(Recognised::format).orElse(read.table().format());
    }

    public boolean recognised() {
        return recognised.isPresent();
    }

    public ColumnMapping suggestedMapping() {
        return recognised.map(Recognised::mapping).orElse(ColumnMapping.none());
    }

    public List<String> headers() {
        return read.table().headers();
    }

    public int rowCount() {
        return read.table().rows().size();
    }

    /** The fields this kind of import fills, in the order a mapping dialog shows them. */
    public Set<ImportField> fields() {
        return fields;
    }

    /**
     * The first {@code limit} rows as they will be imported with {@code mapping}; a submission time
     * as it will be stored, in the owner's zone ("2026-11-20 14:05"), or as written when unreadable.
     */
    public List<PreviewRow> preview(ColumnMapping mapping, int limit) {
        SubmissionClock times = SubmissionClock.of(table(), mapping, zone);
        List<PreviewRow> rows = new ArrayList<>();
        for (Table.Row row : read.table().rows().subList(0, Math.min(limit, rowCount()))) {
            Map<ImportField, String> values = new EnumMap<>(ImportField.class);
            for (ImportField field : fields) {
                String value = RowValues.of(table(), row, mapping, field);
                if (field == ImportField.RECEIVED_AT) {
                    value = times.read(value).map(at -> SHOWN.format(at.atZone(zone))).orElse(value);
                }
                values.put(field, value);
            }
            rows.add(new PreviewRow(row.line(), values));
        }
        return rows;
    }

    Table table() {
        return read.table();
    }

    /** Refuses a mapping that names a column the file lacks, or a field this import does not fill. */
    void check(ColumnMapping mapping) {
        for (Map.Entry<ImportField, List<String>> entry : mapping.columns().entrySet()) {
            if (!fields.contains(entry.getKey())) {
                throw new InvalidInput("mapping", "import.unknownField", entry.getKey().key());
            }
            for (String header : entry.getValue()) {
                if (!table().hasHeader(header)) {
                    throw new InvalidInput("mapping", "import.noColumn", name(), header,
                            headers().stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", ")));
                }
            }
        }
    }
}
