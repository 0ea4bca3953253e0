package org.referraldesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a desk is shut down: a session that wrote nothing to the file (H2's own count of file writes
 * since open, info.FILE_WRITE, is 0) closes without writing, so a read leaves the file byte for byte
 * as it was, still marked closed cleanly; any other session gets H2's SHUTDOWN (clean mark), or SHUTDOWN
 * COMPACT when the file has grown well past what it holds ({@link FileGrowth}, ADR 0015): H2 then copies
 * the live pages into {@code desk.mv.db.tempFile} and renames it over the desk in one atomic move, while
 * it still holds the desk's lock; a kill leaves the desk as it was and a temp file H2 removes on open.
 */
final class QuietClose {
    static final String COMPACT = "SHUTDOWN COMPACT";

    private QuietClose() {
    }

    static String shutdown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet writes = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")) {
            if (writes.next() && "0".equals(writes.getString(1))) {
                return "SHUTDOWN IMMEDIATELY";
            }
        }
        return FileGrowth.of(connection).worthCompacting() ? COMPACT : "SHUTDOWN";
    }
}
