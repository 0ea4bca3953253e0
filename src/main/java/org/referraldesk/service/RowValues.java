package org.referraldesk.service;

import java.util.ArrayList;
import java.util.List;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.CleanText;
import org.referraldesk.io.imports.Table;

/**
 * A field's value in one row: control and bidi override characters removed (CleanText), blanks trimmed; a joined field puts
 * its columns together with ", ", any other takes the first column with a value (and of a Google
 * "a@x.org ::: b@y.org" cell, the first value).
 */
final class RowValues {
    private RowValues() {
    }

    static String of(Table table, Table.Row row, ColumnMapping mapping, ImportField field) {
        List<String> found = new ArrayList<>();
        for (String header : mapping.columnsFor(field)) {
            String value = CleanText.lines(table.cell(row, header)).strip();
            if (!value.isEmpty()) {
                if (!field.joined()) {
                    return value.split("\\s*:::\\s*")[0];
                }
                found.add(value);
            }
        }
        return String.join(", ", found);
    }
}
