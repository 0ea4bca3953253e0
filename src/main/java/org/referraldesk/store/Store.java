package org.referraldesk.store;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Gift;
import org.referraldesk.domain.OwnerOnly;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.Touch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database file: opened with durable writes (no write delay, no auto-server),
 * migrated by Flyway, and shut down cleanly on {@link #close()}.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String H2_SUFFIX = ".mv.db";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Path file;
    private final String url;

    private Store(JdbcConnectionPool pool, Path file, String url) {
        this.pool = pool;
        this.file = file;
        this.url = url;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        InstantColumns.register(jdbi);
        for (Class<?> type : new Class<?>[] {Contact.class, PartnerSettings.class, PartnerActivity.class,
                Referral.class, ReferralSummary.class, StoryEvent.class, FollowUp.class, FollowUpLine.class,
                Touch.class, Gift.class, Template.class, org.referraldesk.domain.TrashItem.class}) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
    }

    /** Opens (creating if needed) the database at {@code path} ("x" or "x.mv.db") and migrates it. */
    public static Store open(Path path) {
        return open(path, BeforeMigration.NOTHING);
    }

    /**
     * As {@link #open(Path)}; when the desk has a schema and migrations are pending, {@code before}
     * gets the desk as it is first (a backup, ADR 0011). A new folder is made 0700, the file 0600.
     */
    public static Store open(Path path, BeforeMigration before) {
        Path base = baseOf(path);
        String url = StoreUrl.of(base);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        Path file = Path.of(base + H2_SUFFIX);
        try {
            OwnerOnly.createFolders(base.getParent());
            Migrations.migrate(pool, pending -> before.prepare(new Store(pool, file, url), pending));
            ownerOnly(file);
        } catch (Exception e) {
            pool.dispose();
            if (heldByAnotherProcess(e)) {
                throw new StoreInUse("The database " + base + H2_SUFFIX
                        + " is in use by another Referral Desk (a window or a command); close it and try again.", e);
            }
            throw new StoreUnavailable(explain(base, e), e);
        }
        LOG.info("Opened database {}{}", base, H2_SUFFIX);
        return new Store(pool, file, url);
    }

    private static void ownerOnly(Path file) {
        try {
            OwnerOnly.restrictFile(file);
        } catch (UncheckedIOException e) {
            LOG.warn("The database {} stays readable by others: {}", file, e.getMessage());
        }
    }

    /** The database file on disk. */
    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or on an exception none of it. */
    public <T> T inTransaction(Function<Tx, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new Tx(handle)));
    }

    public void useTransaction(Consumer<Tx> work) {
        jdbi.useTransaction(handle -> work.accept(new Tx(handle)));
    }

    /**
     * Reads in one transaction that sees the whole desk as it was at its first read, while writers
     * go on: H2's SERIALIZABLE (its REPEATABLE READ was seen to show another table's newer rows).
     */
    public <T> T inSnapshot(Function<Tx, T> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, handle -> work.apply(new Tx(handle)));
    }

    /** A number that grows with every stored change (H2's store version): equal twice means nothing changed between. */
    public long changes() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CURRENT_VERSION'").mapTo(String.class).findFirst()
                .map(Long::parseLong).orElse(-1L));
    }

    /**
     * Writes everything to disk and closes the file (H2's SHUTDOWN). The pool's connections close
     * first, while a connection of our own keeps the database open to run the SHUTDOWN.
     */
    @Override
    public void close() {
        try (Connection own = DriverManager.getConnection(url, "sa", "")) {
            pool.dispose();
            try (Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            LOG.info("Closed database {}", file);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new StoreUnavailable("The database " + file + " could not be closed cleanly.", e);
            }
        } finally {
            pool.dispose();
        }
    }

    static Path baseOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            return absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return absolute;
    }

    /** H2 refuses a file another process has open with DATABASE_ALREADY_OPEN (90020), or times out on its lock. */
    static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    || sql.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1)) {
                return true;
            }
        }
        return false;
    }

    private static String explain(Path base, Exception e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("already in use") || text.contains("Database may be already in use")) {
            return "The database " + base + H2_SUFFIX + " is already open in another Referral Desk window.";
        }
        return "The database " + base + H2_SUFFIX + " could not be opened: " + firstLine(text);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
