package org.referraldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
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
 * The embedded H2 database file: opened with durable writes (no write delay), shared with the other
 * Referral Desk processes on this computer (ADR 0011), migrated by Flyway, and shut down cleanly on
 * {@link #close()} by the process that serves it.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String H2_SUFFIX = ".mv.db";

    static {
        // before any H2 class reads its settings (the file checks use H2's MVStore): H2 reads the
        // bind address once, and only a loopback binding lets the desk be shared (ADR 0011)
        StoreUrl.loopbackBinding();
    }

    private final CurrentPool pool;
    private final Jdbi jdbi;
    private final Path file;
    /** The address and the password change together when the owner protects the open desk (changePassword). */
    private volatile String url;
    private volatile DeskPassword password;
    private final boolean readOnly;
    private volatile BooleanSupplier forbidden = () -> false;

    private Store(JdbcConnectionPool pool, Path file, String url, DeskPassword password, boolean readOnly) {
        this.readOnly = readOnly;
        this.pool = new CurrentPool(pool);
        this.file = file;
        this.url = url;
        this.password = password;
        this.jdbi = Jdbi.create(this.pool).installPlugin(new SqlObjectPlugin());
        InstantColumns.register(jdbi);
        for (Class<?> type : new Class<?>[] {Contact.class, PartnerSettings.class, PartnerActivity.class,
                Referral.class, ReferralSummary.class, StoryEvent.class, FollowUp.class, FollowUpLine.class,
                Touch.class, Gift.class, Template.class, org.referraldesk.domain.TrashItem.class, DueCounts.class}) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
    }

    /** Opens (creating if needed) the database at {@code path} ("x" or "x.mv.db") and migrates it. */
    public static Store open(Path path) {
        return open(path, null, BeforeMigration.NOTHING);
    }

    /** As {@link #open(Path)}, with the owner's password (null when none is given). */
    public static Store open(Path path, DeskPassword password) {
        return open(path, password, BeforeMigration.NOTHING);
    }

    /**
     * As {@link #open(Path)}; when the desk has a schema and migrations are pending, {@code before}
     * gets the desk as it is first (a backup, ADR 0012). A new folder is made 0700, the file 0600.
     */
    public static Store open(Path path, BeforeMigration before) {
        return open(path, null, before);
    }

    /**
     * Opens the database at {@code path} with the owner's {@code password} (null when none is given),
     * handing it to {@code before} first when migrations are pending. An encrypted desk without its
     * password, or with a wrong one, is refused ({@link PasswordRefused}) and left as it was; a new
     * desk opened with a password is created encrypted.
     */
    public static Store open(Path path, DeskPassword password, BeforeMigration before) {
        Path base = baseOf(path);
        Path dbFile = Path.of(base + H2_SUFFIX);
        boolean encrypted = DeskPassword.protects(dbFile) || (password != null && !Files.exists(dbFile));
        if (encrypted && password == null) {
            throw new PasswordRefused("The desk " + dbFile + " is protected with a password.", true, null);
        }
        DeskPassword used = encrypted ? password : null;
        OpeningCheck.beforeOpening(base, dbFile, Clock.systemDefaultZone(), used);
        String url = H2FileSystem.of(StoreUrl.of(base) + cipher(used));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", connectionPassword(used));
        boolean lockBefore = Files.exists(Path.of(base + ".lock.db"));
        boolean[] migrated = {false};
        try {
            OwnerOnly.createFolders(base.getParent());
            Migrations.migrate(pool, pending -> {
                migrated[0] = true;
                before.prepare(new Store(pool, dbFile, url, used, false), pending);
            });
            ownerOnly(dbFile);
        } catch (Exception e) {
            pool.dispose();
            if (wrongPassword(e)) {
                throw new PasswordRefused("The password for " + dbFile + " is wrong; nothing was opened.", false, e);
            }
            if (DiskFull.in(e)) {
                if (!lockBefore) {
                    deleteOwnLock(base); // the half-written lock file H2 just made would refuse the read-only open
                }
                return openReadOnly(base, e, used);
            }
            if (heldByAnotherProcess(e)) {
                throw new StoreInUse("The database " + base + H2_SUFFIX
                        + " is in use by another Referral Desk (a window or a command); close it and try again.", e);
            }
            throw new StoreUnavailable(explain(base, e), e);
        }
        SharedDesk.keepLockPrivate(base);
        LOG.info("Opened database {}{}", base, H2_SUFFIX);
        Store store = new Store(pool, dbFile, url, used, false);
        if (migrated[0]) {
            store.refreshStatistics(); // a desk with rows whose schema just changed: plans need fresh figures
        }
        return store;
    }

    /** The password the desk is encrypted with, or null when it is not encrypted. */
    public DeskPassword password() {
        return password;
    }

    /** The full read of {@code check}: every page and every row, read-only; a damaged file is moved aside. */
    public static DeskCounts readWhole(Path path, DeskPassword password) {
        Path base = baseOf(path);
        Path dbFile = Path.of(base + H2_SUFFIX);
        if (DeskPassword.protects(dbFile) && password == null) {
            throw new PasswordRefused("The desk " + dbFile + " is protected with a password.", true, null);
        }
        DeskPassword used = DeskPassword.protects(dbFile) ? password : null;
        EveryRow.Counts counts = OpeningCheck.readWhole(base, dbFile, Clock.systemDefaultZone(), used);
        return new DeskCounts(counts.stories(), counts.contacts());
    }

    /** The disk is full: the desk opens read-only, so reads and exports to another disk still work. */
    private static Store openReadOnly(Path base, Exception full, DeskPassword password) {
        Path file = Path.of(base + H2_SUFFIX);
        String url = H2FileSystem.of(EveryRow.readOnlyUrl(base, password));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", connectionPassword(password));
        try (Connection probe = pool.getConnection()) {
            LOG.warn("The disk holding {} is full; opened read-only", file, full);
            return new Store(pool, file, url, password, true);
        } catch (SQLException e) {
            pool.dispose();
           
            throw new StoreUnavailable(new DiskFull(file, full).getMessage(), e);
        }
    }

    private static void deleteOwnLock(Path base) {
        try {
            Files.deleteIfExists(Path.of(base + ".lock.db"));
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove the lock file this open left beside {}", base, e);
        }
    }

    /** Whether the desk opened read-only because its disk is full. */
    public boolean readOnly() {
        return readOnly;
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

    /**
     * Refuses, from now on, every database call begun while {@code onForbiddenThread} says so (the
     * window's FX thread, which must never wait on the database): such a call is a programming error,
     * logged and thrown as an {@link IllegalStateException} before it reaches H2.
     */
    public void forbidCallsWhen(BooleanSupplier onForbiddenThread) {
        this.forbidden = onForbiddenThread;
    }

    private void refuseForbiddenThread() {
        if (forbidden.getAsBoolean()) {
            IllegalStateException error = new IllegalStateException("A database call began on the thread \""
                    + Thread.currentThread().getName() + "\", which must never wait on the database: run it as a background task.");
            LOG.error("Programming error: {}", error.getMessage(), error);
            throw error;
        }
    }

    /**
     * Has H2 read the tables again for its query plans (ANALYZE: how many rows, how selective each
     * column is). Run after migrations, a restore and a large import; without it H2 guesses, and a
     * guess picked the due index for a partner's check-in and read every open follow-up.
     */
    public void refreshStatistics() {
        refuseForbiddenThread();
        if (readOnly) {
            return;
        }
        long start = System.nanoTime();
        pool.whileOpen(() -> {
            jdbi.useHandle(handle -> handle.execute("ANALYZE"));
            return null;
        });
        LOG.info("Refreshed the query statistics of {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs {@code work} in one transaction: all of it is stored, or on an exception none of it. */
    public <T> T inTransaction(Function<Tx, T> work) {
        refuseForbiddenThread();
        try {
            return pool.whileOpen(() -> jdbi.inTransaction(handle -> work.apply(new Tx(handle))));
        } catch (RuntimeException e) {
            throw fullDiskSaidPlainly(e);
        }
    }

    public void useTransaction(Consumer<Tx> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** A write refused for lack of space (or on the read-only desk a full disk left) is one line, {@link DiskFull}. */
    private RuntimeException fullDiskSaidPlainly(RuntimeException e) {
        boolean refusedReadOnly = readOnly && readOnlyRefusal(e);
        return refusedReadOnly || DiskFull.in(e) ? new DiskFull(file, e) : e;
    }

    private static boolean readOnlyRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} with no other transaction of this desk running or starting meanwhile (they
     * wait); {@code work} may run transactions itself and {@link #replaceFileWith} the file.
     */
    public <T> T alone(java.util.function.Supplier<T> work) {
        refuseForbiddenThread();
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
                pool.replace(JdbcConnectionPool.create(url, "sa", connectionPassword(password)));
            }
        });
        LOG.info("Database {} replaced by {}", file, source);
    }

    /**
     * Protects the open desk with {@code to}, changes its password, or with null removes it: other
     * transactions wait, the file is closed, changed on a verified copy that is moved over it
     * ({@link Protection}), and opened again with the password it now has. When the change fails the
     * desk opens again as it was.
     */
    public void changePassword(DeskPassword to) {
        pool.alone(() -> {
            shutDownForSwap();
            DeskPassword now = password;
            try {
                Protection.change(file, password, to);
                now = to;
            } finally {
                url = url.replace(cipher(password), "") + cipher(now);
                password = now;
                pool.replace(JdbcConnectionPool.create(url, "sa", connectionPassword(now)));
            }
        });
        LOG.info("Database {} is {} a password now", file, to == null ? "without" : "protected with");
    }

    /**
     * After a large import: when this process serves the file, no other process shares it just now,
     * and the file has grown well past what it holds ({@link FileGrowth}), compacts it (SHUTDOWN
     * COMPACT, kill-safe: ADR 0015) while other transactions of this process wait, and goes on with
     * it. Returns whether it compacted.
     */
    public boolean compactIfGrown() {
        return pool.alone(() -> {
            boolean compacted = false;
            try (Connection own = DriverManager.getConnection(url, "sa", connectionPassword(password))) {
                if (readOnly || SharedDesk.isClient(own)) {
                    return false;
                }
                pool.pool().dispose();
                try {
                    if (FileGrowth.of(own).worthCompacting()) {
                        try (Statement statement = own.createStatement()) {
                            statement.execute(QuietClose.COMPACT);
                        }
                        compacted = true;
                        ownerOnly(file);
                    }
                } finally {
                    pool.replace(JdbcConnectionPool.create(url, "sa", connectionPassword(password)));
                }
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                    throw new StoreUnavailable("The database " + file + " could not be compacted.", e);
                }
            }
            if (compacted) {
                LOG.info("Database {} compacted", file);
            }
            return compacted;
        });
    }

    /**
     * Closes the file for the swap without H2's compaction on close: a kill during that compaction
     * was seen to leave a damaged file (RestoreKillIT); every commit is already on disk (WRITE_DELAY=0).
     */
    private void shutDownForSwap() {
        try (Connection own = DriverManager.getConnection(url, "sa", connectionPassword(password))) {
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
     * Whether this process serves the file (opened it first, or took it over when the one serving it
     * closed) rather than reaching it through another Referral Desk that does (ADR 0011).
     */
    public boolean servesTheFile() {
        // a fresh connection: after taking the file over, the pool's connections still go through the port
        try (Connection connection = DriverManager.getConnection(url, "sa", connectionPassword(password))) {
            return !SharedDesk.isClient(connection);
        } catch (SQLException e) {
            throw new StoreUnavailable("The database " + file + " could not be reached.", e);
        }
    }

    /**
     * Reads in one transaction that sees the whole desk as it was at its first read, while writers
     * go on: H2's SERIALIZABLE (its REPEATABLE READ was seen to show another table's newer rows).
     */
    public <T> T inSnapshot(Function<Tx, T> work) {
        refuseForbiddenThread();
        return pool.whileOpen(() -> jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE,
                handle -> work.apply(new Tx(handle))));
    }

    /** A number that grows with every stored change (H2's store version): equal twice means nothing changed between. */
    public long changes() {
        refuseForbiddenThread();
        return jdbi.withHandle(handle -> handle.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CURRENT_VERSION'").mapTo(String.class).findFirst()
                .map(Long::parseLong).orElse(-1L));
    }

    /**
     * Writes everything to disk and closes the file (H2's SHUTDOWN) when this process serves it; the
     * pool's connections close first, while a connection of our own keeps the database open to run
     * the SHUTDOWN. A process that reaches the file through another Referral Desk (a command while
     * the window is open) only closes its own connections: the desk stays open for the one serving it.
     */
    @Override
    public void close() {
        close(false);
    }

    /**
     * As {@link #close()}, always compacting the file (H2's SHUTDOWN COMPACT: the live pages copied into
     * a file of their own that replaces this one in one atomic rename): for a desk just built whole,
     * such as a restore's.
     */
    public void closeCompacted() {
        close(true);
    }

    private void close(boolean compact) {
        try (Connection own = DriverManager.getConnection(url, "sa", connectionPassword(password))) {
            pool.pool().dispose();
            if (SharedDesk.isClient(own)) {
                LOG.info("Left database {} to the Referral Desk that serves it", file);
                return;
            }
            String shutdown = compact ? QuietClose.COMPACT : QuietClose.shutdown(own);
            try (Statement statement = own.createStatement()) {
                statement.execute(shutdown);
            }
            if (shutdown.equals(QuietClose.COMPACT)) {
                ownerOnly(file); // H2's copy is a new file, made with the default permissions
            }
            LOG.info("Closed database {}{}", file, shutdown.equals(QuietClose.COMPACT) ? ", compacted" : "");
        } catch (SQLException e) {
            if (DiskFull.in(e)) {
                LOG.warn("The disk holding {} is full; closed without the clean-close mark", file, e);
            } else if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
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

    /** The URL setting that makes H2 read and write the file encrypted, when the desk has a password. */
    static String cipher(DeskPassword password) {
        return password == null ? "" : ";CIPHER=AES";
    }

    static String connectionPassword(DeskPassword password) {
        return password == null ? "" : password.connectionPassword();
    }

    /** H2 says FILE_ENCRYPTION_ERROR (90049) when the file password does not decrypt the file. */
    static boolean wrongPassword(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
                return true;
            }
        }
        return false;
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
