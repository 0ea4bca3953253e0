package org.referraldesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a process shares a desk's file with the others (ADR 0011): served here, or reached through another. */
final class SharedDesk {
    private static final Logger LOG = LoggerFactory.getLogger(SharedDesk.class);
    static final String LOCK_SUFFIX = ".lock.db";

    private SharedDesk() {
    }

    /** A connection to a database another process serves (H2's remote session), not to one open in this one. */
    static boolean isClient(Connection connection) throws SQLException {
        return connection.unwrap(JdbcConnection.class).getSession().isRemote();
    }

    /**
     * The lock file of a served desk holds the key that lets a process connect to it: readable by the
     * owner only (the data folder is the owner's only too, so the key is never readable by others).
     */
    static void keepLockPrivate(Path base) {
        Path lock = Path.of(base + LOCK_SUFFIX);
        if (!Files.exists(lock) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("Could not make {} readable by the owner only", lock, e);
        } catch (SecurityException e) {
            LOG.info("Not allowed to change the mode of {}", lock, e);
        }
    }
}
