package org.referraldesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.referraldesk.app.CommandLineDesk;

/** Runs the real command line (as the jar's main does) on a database file, capturing what it prints. */
final class CliRun {
    private final Path database;
    private final Clock clock;

    CliRun(Path database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What one command line gave: its exit code, stdout and stderr. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        return runBare(clock, all.toArray(String[]::new));
    }

    static Result runBare(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineDesk.at(clock).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
