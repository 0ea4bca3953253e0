package org.referraldesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The full read of {@code check} and of the first open after a crash: every row of every table,
 * every column, through H2 opened read-only (ACCESS_MODE_DATA=r), so nothing is written.
 */
final class EveryRow {
    private EveryRow() {
    }

    /** The JDBC address of {@code base} opened read-only, the file left exactly as it is. */
    static String readOnlyUrl(Path base, DeskPassword password) {
        // held alone: H2 refuses to serve a file it opens read-only (ADR 0011); and no lock file: a
        // killed window's stale one would refuse the read, and reading takes nothing from anyone
        return StoreUrl.of(base, false) + Store.cipher(password) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;FILE_LOCK=NO";
    }

    /** What a desk holds, read whole. */
    record Counts(int stories, int contacts) {
    }

    /** Reads every row of every table; throws SQLException (or H2's own) when one does not read. */
    static Counts read(Path base, DeskPassword password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(readOnlyUrl(base, password), "sa",
                Store.connectionPassword(password))) {
            return read(connection);
        }
    }

    static Counts read(Connection connection) throws SQLException {
        int stories = 0;
        int contacts = 0;
        try (Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                int rows = 0;
                try (ResultSet all = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        for (int column = 1; column <= columns; column++) {
                            all.getObject(column);
                        }
                        rows++;
                    }
                }
                if (table.equalsIgnoreCase("referral")) {
                    stories = rows;
                } else if (table.equalsIgnoreCase("contact")) {
                    contacts = rows;
                }
            }
        }
        return new Counts(stories, contacts);
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }
}
