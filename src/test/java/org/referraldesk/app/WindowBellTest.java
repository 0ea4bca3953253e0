package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One window per desk: a second start rings the first window's bell instead of opening another. */
class WindowBellTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStartOnTheSameDeskBringsTheFirstWindowForwardAndLeavesNoFile() throws Exception {
        Path db = dir.resolve("desk.mv.db");
        try (WindowBell first = WindowBell.hangOrRing(db)) {
            CountDownLatch rung = new CountDownLatch(1);
            first.onRing(rung::countDown);
            assertFalse(first.openElsewhere());
            Path file = dir.resolve("desk.window");
            assertTrue(Files.isRegularFile(file));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    "only the owner may read the port and token");

            WindowBell second = WindowBell.hangOrRing(dir.resolve("desk"));
            second.close();

            assertTrue(second.openElsewhere());
            assertEquals("Referral Desk is already open on this desk; it has come to the front.", second.answer());
            assertTrue(rung.await(5, TimeUnit.SECONDS), "the first window was asked to come to the front");
            assertTrue(Files.isRegularFile(file), "the second start left the first one's bell alone");
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "and left no file of its own");
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the window took its bell down when it closed");
        }
    }

    @Test
    void theBellOfAWindowThatIsGoneIsTakenDownAndThisWindowOpens() throws Exception {
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(dir.resolve("desk.window"), deadPort + " 00ff\n");
        try (WindowBell bell = WindowBell.hangOrRing(dir.resolve("desk"))) {
            assertFalse(bell.openElsewhere());
            assertFalse(Files.readString(dir.resolve("desk.window")).startsWith(deadPort + " "));
        }
        assertFalse(Files.exists(dir.resolve("desk.window")));
    }

    @Test
    void aWrongTokenDoesNotBringTheWindowForward() throws Exception {
        try (WindowBell first = WindowBell.hangOrRing(dir.resolve("desk"))) {
            CountDownLatch rung = new CountDownLatch(1);
            first.onRing(rung::countDown);
            String port = Files.readString(dir.resolve("desk.window")).split(" ")[0];
            try (java.net.Socket stranger = new java.net.Socket("127.0.0.1", Integer.parseInt(port))) {
                stranger.getOutputStream().write("guess\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                stranger.getOutputStream().flush();
                assertEquals(-1, stranger.getInputStream().read(), "no answer, the line is closed");
            }
            assertFalse(rung.await(200, TimeUnit.MILLISECONDS));
        }
    }
}
