package org.referraldesk.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which columns of an imported file (by header) fill which field; a field may draw on several columns. */
public record ColumnMapping(Map<ImportField, List<String>> columns) {

    public ColumnMapping {
        EnumMap<ImportField, List<String>> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, headers) -> {
            if (headers != null && !headers.isEmpty()) {
                copy.put(field, List.copyOf(headers));
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /** The columns that fill {@code field}, first choice first (empty when it is not mapped). */
    public List<String> columnsFor(ImportField field) {
        return columns.getOrDefault(field, List.of());
    }

    /** The first column of {@code field}, as a one-column choice shows it. */
    public Optional<String> firstColumn(ImportField field) {
        return columnsFor(field).stream().findFirst();
    }

    public boolean maps(ImportField field) {
        return columns.containsKey(field);
    }

    /** This mapping with {@code field} taken from {@code header} alone (null: not imported). */
    public ColumnMapping with(ImportField field, String header) {
        EnumMap<ImportField, List<String>> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (header == null) {
            changed.remove(field);
        } else {
            changed.put(field, List.of(header));
        }
        return new ColumnMapping(changed);
    }

    /** This mapping with {@code header} added as a further column of {@code field}. */
    public ColumnMapping plus(ImportField field, String header) {
        EnumMap<ImportField, List<String>> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        List<String> headers = new ArrayList<>(columnsFor(field));
        headers.add(header);
        changed.put(field, headers);
        return new ColumnMapping(changed);
    }
}
