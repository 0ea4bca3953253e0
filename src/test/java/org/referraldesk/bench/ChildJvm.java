package org.referraldesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM run to its end: wall time, exit code and peak resident memory (VmHWM of its
 * /proc/PID/status, read every 20 ms while it runs; the mark only grows, so the last read is the peak).
 */
public final class ChildJvm {
    /** What one run took. {@code peakBytes} is -1 where /proc is not there. */
    public record Run(int exit, double millis, long peakBytes, Path output) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /**
     * The JVM options of the installed launcher (packaging/&lt;os&gt;/app-image.args) that hold for a
     * plain jar too: every child, the bare window included, runs with them.
     */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC");

    private ChildJvm() {
    }

    /** The java of this JVM with {@code jvmArgs}, then {@code args}; output (both streams) into {@code log}. */
    public static Run run(List<String> jvmArgs, List<String> args, Path log, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(jvmArgs);
        command.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            long peak = -1;
            while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                    process.destroyForcibly().waitFor();
                    return new Run(-1, (System.nanoTime() - start) / 1e6, peak, log);
                }
            }
            return new Run(process.exitValue(), (System.nanoTime() - start) / 1e6, peak, log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + command + " ran", e);
        }
    }

    /** The real jar's command line: {@code java -jar target/referral-desk.jar ARGS}. */
    public static Run desk(Path jar, List<String> args, Path log, long timeoutSeconds) {
        List<String> all = new ArrayList<>(List.of("-jar", jar.toString()));
        all.addAll(args);
        return run(List.of("-Djava.awt.headless=true"), all, log, timeoutSeconds);
    }

    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1; // gone between two reads
        }
        return -1;
    }

    /** A class path entry of this JVM whose file name starts with {@code prefix} (e.g. the Monocle jar). */
    static String classPathEntry(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(prefix)) {
                return entry;
            }
        }
        throw new IllegalStateException("No " + prefix + "* on the class path");
    }
}
