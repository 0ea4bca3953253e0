package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk is served to this computer's other Referral Desk processes on the loopback address only (ADR 0011). */
class SharedDeskTest {
    @TempDir
    Path dir;

    @Test
    void theDeskIsServedOnTheLoopbackAddressWithAKeyOnlyTheOwnerCanRead() throws Exception {
        try (Store store = Store.open(dir.resolve("desk"))) {
            assertTrue(store.servesTheFile(), "the first to open serves the file");
            Path lock = dir.resolve("desk.lock.db");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)));
            Properties held = new Properties();
            try (var in = Files.newInputStream(lock)) {
                held.load(in);
            }
            String server = held.getProperty("server");
            assertTrue(server.startsWith("localhost:") || server.startsWith("127.0.0.1:"), server);
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(loopback.isConnected());
            }
            for (InetAddress outside : addressesOtherComputersSee()) {
                assertThrows(ConnectException.class, () -> new Socket(outside, port).close(),
                        "not reachable on " + outside);
            }
            assertTrue(held.getProperty("id").length() >= 32, "a random key of 16 bytes and more");
        }
        assertFalse(Files.exists(dir.resolve("desk.lock.db")), "closing shut the desk down");
        assertFalse(Files.exists(dir.resolve("desk.trace.db")));
    }

    private static List<InetAddress> addressesOtherComputersSee() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
    }

    @Test
    void whenH2WouldBindElsewhereTheDeskIsHeldAloneAndNeverServed() {
        String alone = StoreUrl.of(dir.resolve("desk"), false);
        assertFalse(alone.contains("AUTO_SERVER"), alone);
        assertTrue(alone.contains("TRACE_LEVEL_FILE=0") && alone.contains("WRITE_DELAY=0"), alone);
        String shared = StoreUrl.of(dir.resolve("desk"));
        assertTrue(shared.contains("AUTO_SERVER=TRUE") && shared.contains("TRACE_LEVEL_FILE=0"), shared);
        assertEquals(StoreUrl.LOOPBACK, System.getProperty("h2.bindAddress"));
    }
}
