package org.referraldesk.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The live schema as JDBC metadata describes it: every table of the desk (not Flyway's history)
 * with its stored columns (generated columns left out), primary key and the tables it refers to.
 * Tables and columns added by later migrations are picked up without any change here.
 */
public final class SchemaTables {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * One column: its name as the database spells it, lower-case name, JDBC type, identity or not,
     * its size (characters of a text, digits of a number), digits after the point, whether it may be
     * empty (NULL) and whether the database fills it in when a row leaves it out.
     */
    public record Column(String sqlName, String name, int type, boolean identity, int size, int scale,
            boolean nullable, boolean hasDefault) {

        /** A document's value (text, number, true/false) as this column stores it; refuses one that does not fit its type. */
        public Object stored(Object value) {
            return ColumnValues.forColumn(value, type, name);
        }

        public boolean isText() {
            return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB;
        }

        public boolean isDecimal() {
            return type == Types.NUMERIC || type == Types.DECIMAL;
        }

        /** INT, SMALLINT, TINYINT: whole numbers narrower than a BIGINT. */
        public boolean isNarrowWholeNumber() {
            return type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT;
        }
    }

    /** A column whose values are the key of another table's row: {@code referral.referrer_id -> contact.id}. */
    public record Reference(String column, String table, String referencedColumn) {
    }

    /** One table: its name as the database spells it, lower-case name, columns, key and references. */
    public record Table(String sqlName, String name, List<Column> columns, List<String> primaryKey, Set<String> refersTo,
            List<Reference> references) {

        public Column column(String lowerCaseName) {
            return columns.stream().filter(c -> c.name().equals(lowerCaseName)).findFirst().orElse(null);
        }
    }

    private SchemaTables() {
    }

    /** Every desk table, by lower-case name in alphabetical order. */
    static Map<String, Table> read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String sqlName = rs.getString("TABLE_NAME");
                if (!sqlName.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    tables.put(lower(sqlName), describe(meta, schema, sqlName));
                }
            }
        }
        return tables;
    }

    private static Table describe(DatabaseMetaData meta, String schema, String sqlName) throws SQLException {
        Map<Integer, Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, sqlName, "%")) {
            while (rs.next()) {
                if (!"YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    String column = rs.getString("COLUMN_NAME");
                    columns.put(rs.getInt("ORDINAL_POSITION"), new Column(column, lower(column),
                            rs.getInt("DATA_TYPE"), "YES".equals(rs.getString("IS_AUTOINCREMENT")),
                            rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF") != null));
                }
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, sqlName)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Set<String> refersTo = new LinkedHashSet<>();
        List<Reference> references = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, sqlName)) {
            while (rs.next()) {
                refersTo.add(lower(rs.getString("PKTABLE_NAME")));
                references.add(new Reference(lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")),
                        lower(rs.getString("PKCOLUMN_NAME"))));
            }
        }
        List<String> primaryKey = new ArrayList<>(key.values());
        return new Table(sqlName, lower(sqlName), List.copyOf(columns.values()), primaryKey, refersTo,
                List.copyOf(references));
    }

    /** The tables ordered so that every table comes after the tables it refers to. */
    static List<Table> parentsFirst(Map<String, Table> tables) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        for (Table table : tables.values()) {
            addAfterParents(table, tables, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered.values());
    }

    private static void addAfterParents(Table table, Map<String, Table> all, Map<String, Table> ordered,
            Set<String> visiting) {
        if (ordered.containsKey(table.name()) || !visiting.add(table.name())) {
            return;
        }
        for (String parent : table.refersTo()) {
            Table referenced = all.get(parent);
            if (referenced != null && !parent.equals(table.name())) {
                addAfterParents(referenced, all, ordered, visiting);
            }
        }
        ordered.put(table.name(), table);
    }

    static String quote(String sqlName) {
        return '"' + sqlName.replace("\"", "\"\"") + '"';
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
