package org.referraldesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.RowSink;
import org.referraldesk.store.SchemaTables.Column;
import org.referraldesk.store.SchemaTables.Table;

/**
 * Every table of the desk as plain rows, read from the live schema: for the full export (stable
 * order: tables by name, rows by primary key) and for a restore that replaces all rows at once.
 */
public final class DataTables {
    private final Handle handle;

    DataTables(Handle handle) {
        this.handle = handle;
    }

    /** Every table, alphabetically, each with its rows by primary key. */
    public List<DataTable> readAll() {
        Collected collected = new Collected();
        readEach(collected);
        return collected.tables();
    }

    /** Every table, alphabetically, each with its rows by primary key, handed to {@code sink} row by row. */
    public void readEach(RowSink sink) {
        try {
            Connection connection = handle.getConnection();
            for (Table table : SchemaTables.read(connection).values()) {
                read(connection, table, sink);
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("The desk's tables could not be read.", e);
        }
    }

    private static void read(Connection connection, Table table, RowSink sink) throws SQLException {
        List<Column> columns = table.columns();
        String select = columns.stream().map(c -> SchemaTables.quote(c.sqlName())).collect(Collectors.joining(", "));
        List<String> order = table.primaryKey().isEmpty()
                ? columns.stream().map(Column::sqlName).toList() : table.primaryKey();
        String sql = "SELECT " + select + " FROM " + SchemaTables.quote(table.sqlName()) + " ORDER BY "
                + order.stream().map(SchemaTables::quote).collect(Collectors.joining(", "));
        sink.table(table.name(), columns.stream().map(Column::name).toList());
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1_000);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(ColumnValues.read(rs, i + 1, columns.get(i).type()));
                    }
                    sink.row(row);
                }
            }
        }
    }

    /** The tables a sink was given, whole. */
    private static final class Collected implements RowSink {
        private final List<DataTable> tables = new ArrayList<>();
        private String name;
        private List<String> columns;
        private List<List<Object>> rows;

        @Override
        public void table(String table, List<String> names) {
            flush();
            name = table;
            columns = names;
            rows = new ArrayList<>();
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
        }

        List<DataTable> tables() {
            flush();
            return tables;
        }

        private void flush() {
            if (name != null) {
                tables.add(new DataTable(name, columns, rows));
                name = null;
            }
        }
    }

    /** Every desk table as the live schema describes it (columns, sizes, keys, references), by lower-case name. */
    public Map<String, Table> schema() {
        try {
            return SchemaTables.read(handle.getConnection());
        } catch (SQLException e) {
            throw new StoreUnavailable("The desk's tables could not be read.", e);
        }
    }

    /** The version of the last migration applied, e.g. "3". */
    public String schemaVersion() {
        return handle.createQuery("SELECT \"version\" FROM \"" + SchemaTables.FLYWAY_HISTORY
                + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")
                .mapTo(String.class).findFirst().orElse("0");
    }

    /** How many contacts and stories the desk holds, deleted ones included. */
    public int peopleAndStories() {
        return handle.createQuery("SELECT (SELECT COUNT(*) FROM contact) + (SELECT COUNT(*) FROM referral)")
                .mapTo(Integer.class).one();
    }

    /**
     * A loader that empties every desk table, then takes a document's rows as they come, in any order
     * of tables (references are not enforced while it loads: the document was checked, or is checked
     * as it loads), in batches of {@value Loader#BATCH} rows, committing every {@value Loader#COMMIT}.
     * Only for a desk being built whole (a restore's), which is thrown away when anything fails.
     */
    public Loader loader() {
        try {
            Connection connection = handle.getConnection();
            Map<String, Table> schema = SchemaTables.read(connection);
            List<Table> childrenFirst = new ArrayList<>(SchemaTables.parentsFirst(schema));
            Collections.reverse(childrenFirst);
            try (Statement statement = connection.createStatement()) {
                for (Table table : childrenFirst) {
                    statement.executeUpdate("DELETE FROM " + SchemaTables.quote(table.sqlName()));
                }
                statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            return new Loader(connection, schema);
        } catch (SQLException e) {
            throw InvalidInput.ofRequest("restore.failed", firstLine(e.getMessage()));
        }
    }

    /** Rows put into an emptied desk as they come ({@link #loader()}). */
    public static final class Loader {
        static final int BATCH = 1_000;
        static final int COMMIT = 20_000;
        private final Connection connection;
        private final Map<String, Table> schema;
        private Table table;
        private List<String> columns;
        private List<Column> types;
        private PreparedStatement insert;
        private int batched;
        private int uncommitted;
        private int line;

        private Loader(Connection connection, Map<String, Table> schema) {
            this.connection = connection;
            this.schema = schema;
        }

        public void table(String name) {
            flush();
            table = schema.get(name);
            if (table == null) {
                throw InvalidInput.ofRequest("restore.unknownTable", name);
            }
            columns = null;
            line = 0;
        }

        /** One row: its fields and their values in that order. */
        public void row(List<String> names, List<Object> values) {
            try {
                if (!names.equals(columns)) {
                    prepare(names);
                }
                line++;
                for (int i = 0; i < types.size(); i++) {
                    Column column = types.get(i);
                    int row = line;
                    insert.setObject(i + 1, ColumnValues.forColumn(values.get(i), column.type(),
                            () -> "Row " + row + " of " + table.name() + ", column " + column.name() + ","));
                }
                insert.addBatch();
                if (++batched == BATCH) {
                    execute();
                }
            } catch (SQLException e) {
                throw InvalidInput.ofRequest("restore.failed", firstLine(e.getMessage()));
            }
        }

        private void prepare(List<String> names) throws SQLException {
            execute();
            closeInsert();
            List<Column> given = new ArrayList<>();
            for (String name : names) {
                Column column = table.column(name);
                if (column == null) {
                    throw InvalidInput.ofRequest("restore.unknownColumn", table.name(), name);
                }
                given.add(column);
            }
            columns = names;
            types = given;
            insert = connection.prepareStatement("INSERT INTO " + SchemaTables.quote(table.sqlName()) + " ("
                    + given.stream().map(c -> SchemaTables.quote(c.sqlName())).collect(Collectors.joining(", "))
                    + ") VALUES (" + given.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
        }

        private void execute() throws SQLException {
            if (batched > 0) {
                insert.executeBatch();
                uncommitted += batched;
                batched = 0;
                if (uncommitted >= COMMIT) {
                    connection.commit();
                    uncommitted = 0;
                }
            }
        }

        private void closeInsert() throws SQLException {
            if (insert != null) {
                insert.close();
                insert = null;
            }
        }

        private void flush() {
            try {
                execute();
                closeInsert();
                columns = null;
            } catch (SQLException e) {
                throw InvalidInput.ofRequest("restore.failed", firstLine(e.getMessage()));
            }
        }

        /** All rows are in: identities restart after their highest id, references are enforced again. */
        public void finish() {
            flush();
            try {
                for (Table each : schema.values()) {
                    restartIdentities(connection, each);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            } catch (SQLException e) {
                throw InvalidInput.ofRequest("restore.failed", firstLine(e.getMessage()));
            }
        }
    }

    private static void restartIdentities(Connection connection, Table table) throws SQLException {
        for (Column column : table.columns()) {
            if (column.identity()) {
                long next;
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + SchemaTables.quote(column.sqlName())
                                + "), 0) + 1 FROM " + SchemaTables.quote(table.sqlName()))) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + SchemaTables.quote(table.sqlName()) + " ALTER COLUMN "
                            + SchemaTables.quote(column.sqlName()) + " RESTART WITH " + next);
                }
            }
        }
    }

    private static String firstLine(String text) {
        String value = String.valueOf(text);
        int newline = value.indexOf('\n');
        return newline < 0 ? value : value.substring(0, newline);
    }
}
