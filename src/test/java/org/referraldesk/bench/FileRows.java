package org.referraldesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * File size after the bulk load and after a restore (against the same file after H2's SHUTDOWN COMPACT),
 * and the real jar's {@code backup FILE} / {@code restore FILE} of the 100k desk: time and peak memory.
 */
final class FileRows {
    private static final int BACKUPS = 2;
    private static final int RESTORES = 1;
    private static final long TIMEOUT_S = 900;

    private FileRows() {
    }

    static void run(Bench bench) {
        if (!bench.wants("files")) {
            return;
        }
        Path big = bench.desks().of(Desks.ISSUE);
        Path work = bench.scratch("files");
        size(bench, "file size after the bulk load of 100k", big, work);
        Path backup = work.resolve("desk.rdbackup");
        Samples time = new Samples();
        Samples peak = new Samples();
        for (int i = 0; i < BACKUPS; i++) {
            ChildJvm.Run run = ChildJvm.desk(bench.jar(), List.of("--db", big.toString(), "backup", backup.toString()),
                    work.resolve("backup-" + i + ".log"), TIMEOUT_S);
            check(run, "backup");
            time.add(run.millis());
            peak.add(run.peakBytes() / 1e6);
        }
        String backupSize = String.format(Locale.ROOT, "backup file %.0f MB", sizeOf(backup) / 1e6);
        bench.results().add(Row.alone("backup 100k: time", "ms", time, backupSize));
        bench.results().add(Row.alone("backup 100k: peak memory", "MB", peak, "VmHWM of the command's JVM"));
        Samples restoreTime = new Samples();
        Samples restorePeak = new Samples();
        Path restored = null;
        for (int i = 0; i < RESTORES; i++) {
            restored = work.resolve("restored-" + i).resolve("desk");
            ChildJvm.Run run = ChildJvm.desk(bench.jar(), List.of("--db", restored.toString(), "restore",
                    backup.toString()), work.resolve("restore-" + i + ".log"), TIMEOUT_S);
            check(run, "restore");
            restoreTime.add(run.millis());
            restorePeak.add(run.peakBytes() / 1e6);
        }
        bench.results().add(Row.alone("restore 100k: time", "ms", restoreTime, "into a new desk"));
        bench.results().add(Row.alone("restore 100k: peak memory", "MB", restorePeak, "VmHWM of the command's JVM"));
        size(bench, "file size after restore of 100k", restored, work);
    }

    private static void check(ChildJvm.Run run, String what) {
        if (!run.ok()) {
            throw new IllegalStateException(what + " exited with " + run.exit() + "; see " + run.output());
        }
    }

    /** The desk's file against a copy of it after SHUTDOWN COMPACT. */
    private static void size(Bench bench, String name, Path desk, Path work) {
        try {
            Path file = Path.of(desk + ".mv.db");
            Path copy = Files.createTempDirectory(work, "compact").resolve("desk");
            Files.copy(file, Path.of(copy + ".mv.db"));
            String url = "jdbc:h2:file:" + copy + ";TRACE_LEVEL_FILE=0";
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            double compacted = sizeOf(Path.of(copy + ".mv.db")) / 1e6;
            bench.results().add(Row.of(name, "MB", Samples.of(sizeOf(file) / 1e6), Samples.of(compacted),
                    "baseline: the same file after SHUTDOWN COMPACT"));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not compact a copy of " + desk, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
