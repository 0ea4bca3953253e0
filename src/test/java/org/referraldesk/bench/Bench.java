package org.referraldesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;

/** What every row group needs: where to work, the real jar, the filled desks, the rows asked for, the results. */
public record Bench(Path root, Path jar, Desks desks, Set<String> rows, Results results) {
    /** Every row group, in the order the suite runs them ({@code -Dbench.rows} picks some). */
    public static final Set<String> ALL = new TreeSet<>(Arrays.asList("start", "today", "memory", "search", "lists",
            "agenda", "record", "files", "import", "cards"));

    public boolean wants(String row) {
        return rows.contains(row);
    }

    /** The services on {@code desk} at the instant it was filled (so its due times fall where the fill put them). */
    public Services services(Path desk, BigDesk.Size size) {
        Clock clock = Clock.fixed(desks.filledAt(size), ZoneId.systemDefault());
        return Services.on(Store.open(desk), clock, "Referral Desk bench");
    }

    /** A new folder under the suite's work folder. */
    public Path scratch(String name) {
        try {
            Files.createDirectories(root.resolve("work"));
            return Files.createTempDirectory(root.resolve("work"), name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
