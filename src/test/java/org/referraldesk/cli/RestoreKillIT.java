package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.DataTable;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.ExportDocument;
import org.referraldesk.service.DataExports;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;

/**
 * The packaged jar killed (SIGKILL) at random moments: a loop of {@code referral add} commands, then
 * {@code restore --replace} of a backup with a few thousand contacts. After every round the desk
 * opens, holds every write that was acknowledged (exit 0), and is either the old desk or the backup,
 * table by table, never a mix. {@code -Drd.kill.rounds=N} sets the rounds (12 in verify, 1,000 with
 * {@code -Pkill-trials}); a run goes on, up to three times as many, until it has seen both outcomes.
 */
class RestoreKillIT {
    private static final int CONTACTS = 4000;
    @TempDir
    Path dir;
    private final Random random = new Random(Long.getLong("rd.kill.seed", System.nanoTime()));

    @Test
    void aKillAtAnyMomentLeavesTheOldDeskOrTheNewOneAndEveryAcknowledgedWrite() throws Exception {
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("rd.jar", "target/referral-desk.jar"))),
                "run 'mvn package' first");
        int rounds = Integer.getInteger("rd.kill.rounds", 12);
        Path db = dir.resolve("desk");
        Path backup = bigBackup(dir.resolve("big.rdbackup"));
        Map<String, Integer> backupCounts = counts(new BackupArchive().read(Files.newInputStream(backup)).tables());
        long started = System.nanoTime();
        assertEquals(0, CommandLineIT.jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--received", CommandLineIT.RECEIVED.toString()).code());
        // one write's time on this machine now (a JVM start on a made desk): the write loops last half of it to
        // twice it, so that some rounds get a write in and some do not however busy the machine is
        long addStarted = System.nanoTime();
        assertEquals(0, CommandLineIT.jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Cleo Okafor",
                "--received", CommandLineIT.RECEIVED.toString()).code());
        long addMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - addStarted);
        long calibration = timed(db, backup);
        Set<String> acknowledged = new HashSet<>();
        int midRestore = 0;
        int old = 0;
        int restored = 0;
        int completed = 0;
        int alike = 0;
        int round = 0;
        // the rounds asked for, then more (up to three times as many) until both outcomes are seen
        while (++round <= rounds || (round <= rounds * 3 && (old == 0 || restored == 0))) {
            writeLoop(db, round, acknowledged, addMillis / 2 + random.nextInt((int) Math.max(1, addMillis * 3 / 2)));
            Map<String, Integer> before = checked(db, acknowledged);

            Process restore = start(db, "restore", "--replace", backup.toString());
            long delay = (long) (random.nextDouble() * calibration * 1.5);
            boolean finished = restore.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                if (Files.exists(dir.resolve("desk.restoring.mv.db"))) {
                    midRestore++;
                }
                restore.destroyForcibly().waitFor();
            } else {
                completed++;
                assertEquals(0, restore.exitValue(), "an uncut restore succeeds");
                assertEquals(List.of(), leftovers(), "a finished restore leaves no building file");
                assertTrue(safetyCopies() > 0, "a finished replace leaves its safety copy");
            }
            Map<String, Integer> after = checked(db, Set.of());
            if (after.equals(before) && after.equals(backupCounts)) {
                alike++;
            } else if (after.equals(before)) {
                old++;
                checked(db, acknowledged);
            } else if (after.equals(backupCounts)) {
                restored++;
                acknowledged.clear();
            } else {
                fail("round " + round + ": a mixed desk " + after + "; the old one was " + before + ", the backup "
                        + backupCounts);
            }
            clearSafetyCopies();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("RestoreKillIT: %d rounds in %d s (a write takes %d ms, restore %d ms uncut): %d killed mid-restore, "
                + "%d ran to the end; outcome old desk %d, new desk %d, either (no write got in since the last restore) %d%n",
                round - 1, seconds, addMillis, calibration, midRestore, completed, old, restored, alike);
        assertTrue(old > 0 && restored > 0, "both outcomes seen: old " + old + ", new " + restored);
    }

    /** Runs {@code referral add} after {@code referral add} until {@code millis} are up, then kills the running one. */
    private void writeLoop(Path db, int round, Set<String> acknowledged, long millis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (int i = 1; ; i++) {
            String client = "Client " + round + "-" + i;
            Process add = start(db, "referral", "add", "--referrer", "Anna Keller", "--client", client,
                    "--received", CommandLineIT.RECEIVED.toString());
            long left = deadline - System.nanoTime();
            if (left <= 0 || !add.waitFor(left, TimeUnit.NANOSECONDS)) {
                add.destroyForcibly().waitFor();
                return;
            }
            if (add.exitValue() == 0) {
                acknowledged.add(client);
            }
        }
    }

    /** How long an uncut restore takes, so that the kills land before, during and after its work. */
    private long timed(Path db, Path backup) throws Exception {
        long start = System.nanoTime();
        Process restore = start(db, "restore", "--replace", backup.toString());
        assertTrue(restore.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, restore.exitValue());
        clearSafetyCopies();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Opens the desk, reads every table whole and checks the acknowledged clients are there; returns the counts. */
    private static Map<String, Integer> checked(Path db, Set<String> acknowledged) {
        try (Store store = Store.open(db)) {
            List<DataTable> tables = store.inTransaction(tx -> tx.dataTables().readAll());
            Set<String> names = new HashSet<>(store.inTransaction(tx -> tx.contacts().list()).stream()
                    .map(c -> c.name()).toList());
            for (String client : acknowledged) {
                assertTrue(names.contains(client), "the acknowledged write of " + client + " is there");
            }
            return counts(tables);
        }
    }

    private static Map<String, Integer> counts(List<DataTable> tables) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DataTable table : tables) {
            counts.put(table.name(), table.rows().size());
        }
        return counts;
    }

    /** A backup of a desk with one story and a few thousand more contacts. */
    private Path bigBackup(Path file) throws IOException {
        ExportDocument small;
        try (Store store = Store.open(dir.resolve("source").resolve("desk"))) {
            Services services = Services.on(store, java.time.Clock.systemUTC(), "kill test");
            services.referrals().record(NewReferral.of("Carla Núñez", "Emma Schäfer",
                    org.referraldesk.domain.Channel.PHONE, "A roof"));
            small = new DataExports(store, java.time.Clock.systemUTC(), "kill test").document();
        }
        List<DataTable> tables = new ArrayList<>();
        for (DataTable table : small.tables()) {
            if (!table.name().equals("contact")) {
                tables.add(table);
                continue;
            }
            List<List<Object>> rows = new ArrayList<>(table.rows());
            int name = table.columns().indexOf("name");
            int id = table.columns().indexOf("id");
            for (int n = 0; n < CONTACTS; n++) {
                List<Object> row = new ArrayList<>(table.rows().get(0));
                row.set(id, (long) (1000 + n));
                row.set(name, "Contact " + n + " with a name long enough to make the restore take a while");
                rows.add(row);
            }
            tables.add(new DataTable(table.name(), table.columns(), rows));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            new BackupArchive().write(ExportDocument.of(small.schemaVersion(), Instant.now(), tables), "kill test", out);
        }
        return file;
    }

    private static Process start(Path db, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("rd.jar", "target/referral-desk.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar.toString(), "--db", db.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".restoring")).toList();
        }
    }

    private long safetyCopies() throws IOException {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".rdbackup")).count();
        }
    }

    /** The safety copies of a thousand rounds would fill the disk; each round's is checked, then removed. */
    private void clearSafetyCopies() throws IOException {
        Path folder = dir.resolve("backups");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
