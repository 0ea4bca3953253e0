package org.referraldesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
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
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Gift;
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

    private final CurrentPool pool;
    private final Jdbi jdbi;
    private final Path file;
    private final String url;

    private Store(JdbcConnectionPool pool, Path file, String url) {
        this.pool = new CurrentPool(pool);
        this.file = file;
        this.url = url;
        this.jdbi = Jdbi.create(this.pool).installPlugin(new SqlObjectPlugin());
        InstantColumns.register(jdbi);
        for (Class<?> type : new Class<?>[] {Contact.class, PartnerSettings.class, PartnerActivity.class,
                Referral.class, ReferralSummary.class, StoryEvent.class, FollowUp.class, FollowUpLine.class,
                Touch.class, Gift.class, Template.class, org.referraldesk.domain.TrashItem.class}) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
    }

    /** Opens (creating if needed) the database at {@code path} ("x" or "x.mv.db") and migrates it. */
    public static Store open(Path path) {
        Path base = baseOf(path);
        String url = StoreUrl.of(base);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            Files.createDirectories(base.getParent());
            Migrations.migrate(pool);
        } catch (Exception e) {
            pool.dispose();
            if (heldByAnotherProcess(e)) {
                throw new StoreInUse("The database " + base + H2_SUFFIX
                        + " is in use by another Referral Desk (a window or a command); close it and try again.", e);
            }
            throw new StoreUnavailable(explain(base, e), e);
        }
        LOG.info("Opened database {}{}", base, H2_SUFFIX);
        return new Store(pool, Path.of(base + H2_SUFFIX), url);
    }

    /** The database file on disk. */
    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or on an exception none of it. */
    public <T> T inTransaction(Function<Tx, T> work) {
        return pool.whileOpen(() -> jdbi.inTransaction(handle -> work.apply(new Tx(handle))));
    }

    public void useTransaction(Consumer<Tx> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * Runs {@code work} with no other transaction of this desk running or starting meanwhile (they
     * wait); {@code work} may run transactions itself and {@link #replaceFileWith} the file.
     */
    public <T> T alone(java.util.function.Supplier<T> work) {
        return pool.alone(work);
    }

    /** The database file of {@code path} ("x" or "x.mv.db"): x.mv.db, absolute. */
    public static Path fileOf(Path path) {
        return Path.of(baseOf(path) + H2_SUFFIX);
    }

    /**
     * Puts the desk built at {@code built} (another Store's file, already closed) in this desk's
     * place, and goes on with it: waits for running transactions (new ones wait for the swap), shuts
     * this file down, moves the built file over it in one atomic rename, and opens it again. A kill at
     * any moment leaves this desk's file as it was or the built one whole; when the move fails, this
     * desk opens again as it was.
     */
    public void replaceFileWith(Path built) {
        Path source = fileOf(built);
        pool.alone(() -> {
            DiskFlush.force(source);
            shutDownForSwap();
            try {
                Files.move(source, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                DiskFlush.force(file.getParent());
            } catch (IOException e) {
                throw new StoreUnavailable("The restored desk " + source + " could not be moved to " + file + ".", e);
            } finally {
                pool.replace(JdbcConnectionPool.create(url, "sa", ""));
            }
        });
        LOG.info("Database {} replaced by {}", file, source);
    }

    /**
     * Closes the file for the swap without H2's compaction on close: a kill during that compaction
     * was seen to leave a damaged file (RestoreKillIT); every commit is already on disk (WRITE_DELAY=0).
     */
    private void shutDownForSwap() {
        try (Connection own = DriverManager.getConnection(url, "sa", "")) {
            pool.pool().dispose();
            try (Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new StoreUnavailable("The database " + file + " could not be closed for the restore.", e);
            }
        }
    }

    /**
     * Writes everything to disk and closes the file (H2's SHUTDOWN). The pool's connections close
     * first, while a connection of our own keeps the database open to run the SHUTDOWN.
     */
    @Override
    public void close() {
        try (Connection own = DriverManager.getConnection(url, "sa", "")) {
            pool.pool().dispose();
            try (Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            LOG.info("Closed database {}", file);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new StoreUnavailable("The database " + file + " could not be closed cleanly.", e);
            }
        } finally {
            pool.pool().dispose();
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
