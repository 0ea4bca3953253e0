package org.referraldesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.referraldesk.store.Store;

/** The real jar's bulk commands, net of JVM start ({@code --version} is the baseline): import contacts, cards pdf. */
final class CommandRows {
    private static final long TIMEOUT_S = 600;
    private static final int CONTACTS = 10_000;

    private CommandRows() {
    }

    static void run(Bench bench) {
        if (!bench.wants("import") && !bench.wants("cards")) {
            return;
        }
        Path work = bench.scratch("commands");
        Samples start = new Samples();
        for (int i = 0; i < 5; i++) {
            start.add(command(bench, List.of("--version"), work.resolve("version-" + i + ".log")).millis());
        }
        if (bench.wants("import")) {
            Path csv = contactsCsv(work.resolve("contacts.csv"));
            Samples gross = new Samples();
            for (int i = 0; i < 3; i++) {
                Path desk = work.resolve("import-" + i).resolve("desk");
                Store.open(desk).close();
                gross.add(command(bench, List.of("--db", desk.toString(), "import", "contacts", csv.toString()),
                        work.resolve("import-" + i + ".log")).millis());
            }
            net(bench, "import contacts, 10,000 rows (net)", gross, start, CONTACTS, "rows");
        }
        if (bench.wants("cards")) {
            Path big = bench.desks().of(Desks.ISSUE);
            Samples gross = new Samples();
            for (int i = 0; i < 2; i++) {
                gross.add(command(bench, List.of("--db", big.toString(), "cards", "pdf",
                        work.resolve("cards-" + i + ".pdf").toString()), work.resolve("cards-" + i + ".log")).millis());
            }
            net(bench, "cards pdf, 1,000 cards (net)", gross, start, Desks.ISSUE.openStories() / 4, "cards");
        }
    }

    /** value = the command's median less the median JVM start; the ratio is gross / start. */
    private static void net(Bench bench, String name, Samples gross, Samples start, int items, String what) {
        double net = gross.median() - start.median();
        bench.results().add(new Row(name, net, gross.p99() - start.median(), "ms", start.median(),
                gross.median() / start.median(), String.format(Locale.ROOT,
                        "baseline: --version (JVM start); %,.0f %s/s net; ratio = gross / start", items / (net / 1000),
                        what)));
    }

    private static ChildJvm.Run command(Bench bench, List<String> args, Path log) {
        ChildJvm.Run run = ChildJvm.desk(bench.jar(), args, log, TIMEOUT_S);
        if (!run.ok()) {
            throw new IllegalStateException(args + " exited with " + run.exit() + "; see " + log);
        }
        return run;
    }

    static Path contactsCsv(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("Name,Email,Phone");
        for (int i = 1; i <= CONTACTS; i++) {
            lines.add("Imported " + BigDesk.name(i) + " " + i + ",imported" + i + "@example.org,+44 161 496 " + (1000 + i % 9000));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
