package org.referraldesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * How far the desk's file has grown past what it holds (ADR 0015). H2 writes every commit as a new
 * chunk at once (WRITE_DELAY=0), and without its background writer it never rewrites chunks that
 * later commits left mostly dead: after a bulk load 97% of the file can be dead. The live size is
 * estimated from H2's own figures: the file's size, the share of it in chunks (info.FILL_RATE) and
 * the share of those chunks still live (info.CHUNKS_FILL_RATE).
 */
record FileGrowth(long fileBytes, long liveBytes, int otherProcesses) {
    /** A file smaller than this is never worth a compaction at quit. */
    static final long SMALL = 1024L * 1024;

    /** H2's figures of the file {@code connection} is open on. */
    static FileGrowth of(Connection connection) throws SQLException {
        Map<String, String> info = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                info.put(rows.getString(1), rows.getString(2));
            }
        }
        int others;
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL")) {
            count.next();
            others = count.getInt(1);
        }
        long file = number(info.get("info.FILE_SIZE"), 0);
        long live = file * number(info.get("info.FILL_RATE"), 100) / 100 * number(info.get("info.CHUNKS_FILL_RATE"), 100) / 100;
        return new FileGrowth(file, live, others);
    }

    /**
     * Worth compacting: more than a third of a file of some size is dead (the file is over 1.5 times
     * what it holds), and no other process reaches the desk through this one just now (ADR 0011).
     */
    boolean worthCompacting() {
        return otherProcesses == 0 && fileBytes > SMALL && fileBytes * 2 > liveBytes * 3;
    }

    private static long number(String text, long otherwise) {
        try {
            return text == null ? otherwise : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
