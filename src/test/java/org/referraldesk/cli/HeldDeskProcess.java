package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A child JVM holding a desk the way the window does (org.referraldesk.app.HeldDesk), talked to line by line. */
final class HeldDeskProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private HeldDeskProcess(Process process) {
        this.process = process;
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e);
            }
        }, "held-desk-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the holder on {@code db} and waits until it has the desk open; returns its "ready" line. */
    static HeldDeskProcess holding(Path db) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.referraldesk.app.HeldDesk", db.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        HeldDeskProcess held = new HeldDeskProcess(process);
        held.await(line -> line.startsWith("ready"));
        return held;
    }

    /** Sends one line and returns the first answer that starts with {@code answerStart}. */
    String ask(String line, String answerStart) throws InterruptedException {
        in.println(line);
        return await(answer -> answer.startsWith(answerStart));
    }

    /** The first line from the holder that matches, within 20 seconds (earlier lines are dropped). */
    String await(Predicate<String> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                fail("the holder ended (exit " + process.exitValue() + ") before the line we waited for");
            }
        }
        return fail("the holder did not answer within 20 seconds");
    }

    /** Asks the holder to close the desk as the window does at its end, and waits for it to exit 0. */
    void quit() throws InterruptedException {
        in.println("quit");
        await(line -> line.equals("closed"));
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the holder exited");
        assertTrue(process.exitValue() == 0, "the holder exited 0");
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
