package org.referraldesk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The desk's connections, from whichever pool is current: a restore closes the file, swaps a new
 * one in and opens a fresh pool, while the same Store (and every service holding it) keeps working.
 * Transactions hold the read side of a lock, the swap its write side: a transaction started during
 * a swap waits for it to finish instead of failing.
 */
final class CurrentPool implements DataSource {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile JdbcConnectionPool pool;

    CurrentPool(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    /** Runs {@code work} (one transaction) while no swap is under way. */
    <T> T whileOpen(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} alone: it waits for running transactions, and new ones (of other threads)
     * wait for it; its own thread may still run transactions inside.
     */
    <T> T alone(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void alone(Runnable work) {
        alone(() -> {
            work.run();
            return null;
        });
    }

    /** Replaces the (disposed) pool with a fresh one; call it inside {@link #alone}. */
    void replace(JdbcConnectionPool fresh) {
        pool = fresh;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
