package org.referraldesk.store;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The JDBC address of a desk's H2 file and the settings it is opened with (ADR 0011).
 *
 * <p>The desk is shared between the window and commands with H2's automatic mixed mode: the first
 * process to open the file serves it to the others over a TCP port bound to the loopback address
 * only ({@code h2.bindAddress=127.0.0.1}), and the others connect with the random key H2 writes into
 * the desk's lock file. A client whose server goes away reconnects (and may serve the file itself).
 * H2 reads {@code h2.bindAddress} once, when its settings class loads; if it was loaded before with
 * any other address, the desk is opened for this process alone, never served on other addresses.
 * H2 writes no {@code .trace.db} file beside the desk: failures reach our own log through exceptions.
 */
final class StoreUrl {
    static final String LOOPBACK = "127.0.0.1";
    private static final String BIND_ADDRESS = "h2.bindAddress";

    private StoreUrl() {
    }

    /** Durable writes (no write delay), no trace file, shared on the loopback address when H2 binds only there. */
    static String of(Path base) {
        return of(base, loopbackBinding());
    }

    /** As {@link #of(Path)}: shared with other processes on this computer, or held alone until {@link Store#close()}. */
    static String of(Path base, boolean shared) {
        // no compaction on close: a kill while H2 rewrote chunks there was seen to leave a file H2 refused
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0";
        return shared ? url + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE" : url + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Asks H2 to bind its servers to the loopback address (unless someone chose otherwise), and tells
     * whether it will: only then may the desk be served to other processes.
     */
    static synchronized boolean loopbackBinding() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        }
        boolean loopback = LOOPBACK.equals(org.h2.engine.SysProperties.BIND_ADDRESS);
        if (!loopback) {
            LoggerFactory.getLogger(StoreUrl.class).info("H2 binds to {}, not {}: the desk is not shared with other "
                    + "processes", org.h2.engine.SysProperties.BIND_ADDRESS, LOOPBACK);
        }
        return loopback;
    }
}
