package org.referraldesk.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table's rows as plain values, for the full export and the restore: lower-case column names in
 * the table's order, and each row's values in that same order. Values are null, {@link Long},
 * {@link Boolean}, {@link java.math.BigDecimal}, {@link java.time.Instant}, {@link java.time.LocalDate}
 * or {@link String} when read from the desk; a document read back from a file may hold any JSON value.
 */
public record DataTable(String name, List<String> columns, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + name + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }
}
