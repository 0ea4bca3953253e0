package org.referraldesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per desk. The window hangs a bell: it listens on a loopback port and writes the port
 * and a random token into {@code <desk>.window} beside the database (readable by the owner only).
 * A second start on the same desk rings it instead of opening a second window: the first comes to
 * the front and the second ends, leaving no file behind. A bell nobody answers (the window was
 * killed) is taken down and hung again. The window takes its bell down when it closes.
 */
final class WindowBell implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WindowBell.class);
    static final String SUFFIX = ".window";
    private static final String FRONT = "front";
    private static final int ANSWER_MILLIS = 3000;

    private final Path file;
    private final ServerSocket socket;
    private final String token;
    private final boolean answered;
    private volatile Runnable onRing = () -> { };

    private WindowBell(Path file, ServerSocket socket, String token, boolean answered) {
        this.file = file;
        this.socket = socket;
        this.token = token;
        this.answered = answered;
    }

    /** The bell file of the desk at {@code database} ("x" or "x.mv.db"). */
    static Path fileFor(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return absolute.resolveSibling(name + SUFFIX);
    }

    /** Hangs this window's bell, or rings the one of the window already open on the desk. */
    static WindowBell hangOrRing(Path database) throws IOException {
        Path file = fileFor(database);
        Files.createDirectories(file.getParent());
        for (int attempt = 0; attempt < 3; attempt++) {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String token = HexFormat.of().formatHex(randomBytes());
            if (claim(file, socket.getLocalPort() + " " + token)) {
                WindowBell bell = new WindowBell(file, socket, token, false);
                bell.listen();
                return bell;
            }
            socket.close();
            Boolean rang = ring(file);
            if (rang != null) {
                return new WindowBell(file, null, null, rang);
            }
            LOG.info("Took down the bell of a window that is gone: {}", file);
            Files.deleteIfExists(file);
        }
        throw new IOException("Could not hang the window's bell " + file);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Creates the bell file, readable by the owner only, with the port and token; false when it exists. */
    private static boolean claim(Path file, String line) throws IOException {
        List<FileAttribute<?>> attributes = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? List.of(PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : List.of();
        try {
            Files.createFile(file, attributes.toArray(FileAttribute<?>[]::new));
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        return true;
    }

    /**
     * Rings the bell in {@code file}: true when the window came to the front, false when it is open but
     * did not answer, null when no window listens (the file is stale).
     */
    private static Boolean ring(Path file) throws IOException {
        String[] parts = read(file);
        if (parts == null) {
            return null;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])),
                    ANSWER_MILLIS);
            socket.setSoTimeout(ANSWER_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((parts[1] + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return FRONT.equals(answer) ? Boolean.TRUE : null;
        } catch (java.net.SocketTimeoutException e) {
            return Boolean.FALSE;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** The port and token, waiting a moment for a window that is just writing them; null when none come. */
    private static String[] read(Path file) throws IOException {
        for (int wait = 0; wait < 20; wait++) {
            try {
                String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
                if (parts.length == 2) {
                    return parts;
                }
            } catch (NoSuchFileException e) {
                return null;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Whether a window was already open on this desk (this start rang its bell instead of hanging one). */
    boolean openElsewhere() {
        return socket == null;
    }

    /** What a second start tells the owner. */
    String answer() {
        return answered ? "Referral Desk is already open on this desk; it has come to the front."
                : "Referral Desk is already open on this desk.";
    }

    /** What to do when a second start rings (on the bell's thread). */
    void onRing(Runnable action) {
        this.onRing = action;
    }

    private void listen() {
        Thread thread = new Thread(this::answerRings, "referral-desk-window-bell");
        thread.setDaemon(true);
        thread.start();
    }

    private void answerRings() {
        while (!socket.isClosed()) {
            try (Socket caller = socket.accept()) {
                caller.setSoTimeout(ANSWER_MILLIS);
                String heard = new BufferedReader(new InputStreamReader(caller.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                if (token.equals(heard)) {
                    LOG.info("A second start on this desk: bringing the window to the front");
                    onRing.run();
                    caller.getOutputStream().write((FRONT + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException | RuntimeException e) {
                if (!socket.isClosed()) {
                    LOG.info("A ring at the window's bell went unanswered", e);
                }
            }
        }
    }

    /** Takes the bell down: stops listening and removes its file (a second start's bell has neither). */
    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not take down the window's bell {}", file, e);
        }
    }
}
