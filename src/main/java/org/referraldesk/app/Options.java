package org.referraldesk.app;

import java.nio.file.Path;
import java.util.Optional;

/** The launcher's options: {@code --db PATH} chooses the database file. */
record Options(Optional<Path> db, boolean help) {

    static final String USAGE = "Usage: referral-desk [--db PATH]\n"
            + "  --db PATH   the database file to open (default: referral-desk in the user's data folder)";

    static Options parse(String... args) {
        Path db = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--db")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new IllegalArgumentException("--db needs the path of a database file.");
                }
                db = Path.of(args[++i]);
            } else if (arg.startsWith("--db=")) {
                db = Path.of(arg.substring("--db=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + ". " + USAGE);
            }
        }
        return new Options(Optional.ofNullable(db), help);
    }

    Path databaseOrDefault() {
        return db.orElseGet(() -> DataFolder.forThisComputer().resolve("referral-desk"));
    }
}
