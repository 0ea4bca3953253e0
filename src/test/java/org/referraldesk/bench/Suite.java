package org.referraldesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmark suite of issue 14: {@code mvn -B -o -Pbench verify} (all rows) or with
 * {@code -Dbench.rows=search,today} (some). Every row is measured with its baseline in the same run; the
 * table (median and p99) is printed and written to target/bench/results.json. See src/docs/benchmarks.md.
 */
public final class Suite {
    private Suite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("bench.jar", "target/referral-desk.jar")).toAbsolutePath();
        String asked = System.getProperty("bench.rows", "").trim();
        Set<String> rows = asked.isEmpty() ? Bench.ALL : new TreeSet<>(Arrays.asList(asked.split("\\s*,\\s*")));
        if (!Bench.ALL.containsAll(rows)) {
            throw new IllegalArgumentException("bench.rows: unknown " + rows + "; the rows are " + Bench.ALL);
        }
        Files.createDirectories(root);
        Desks.deleteTree(root.resolve("work"));
        Bench bench = new Bench(root, jar, new Desks(root.resolve("desks")), rows, new Results());
        long start = System.nanoTime();
        System.out.println("bench: rows " + rows + ", " + Runtime.getRuntime().availableProcessors() + " cores, load "
                + Files.readString(Path.of("/proc/loadavg")).trim());
        WindowRows.run(bench);
        ServiceRows.run(bench);
        FileRows.run(bench);
        CommandRows.run(bench);
        bench.results().write(root.resolve("results.json"));
        System.out.println();
        bench.results().printTable(System.out);
        System.out.printf("%nbench: %d s, load %s; %s%n", (System.nanoTime() - start) / 1_000_000_000,
                Files.readString(Path.of("/proc/loadavg")).trim(), root.resolve("results.json"));
        Desks.deleteTree(root.resolve("work"));
    }
}
