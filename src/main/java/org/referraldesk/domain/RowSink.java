package org.referraldesk.domain;

import java.util.List;

/**
 * Where a desk's tables go one row at a time (the export, the backup, the restore), so no table is
 * ever held whole: {@link #table} names each table and its columns, then {@link #row} gives its
 * rows, values in the columns' order (as in {@link DataTable}).
 */
public interface RowSink {
    void table(String name, List<String> columns);

    void row(List<Object> values);
}
