package org.referraldesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The suite's filled desks, kept under target/bench/desks and filled again only when missing or more than
 * twelve hours old (Today's window moves with the clock): the issue's 100k desk, and the agenda's two
 * desks of about 10,000 and 1,000,000 follow-ups with the same 4,000 + 200 open ones (the 1M desk is a copy
 * of the 100k desk with more history).
 */
public final class Desks {
    public static final BigDesk.Size ISSUE = BigDesk.Size.issue();
    /** About 10,000 follow-ups: the same 4,000 open stories and 200 check-ins as the issue's desk, little history. */
    public static final BigDesk.Size TEN_K = new BigDesk.Size(5_000, 5_000, 200, 4_000, 1);
    /** About 1,000,000 follow-ups: the issue's desk with seven more done follow-ups a story. */
    public static final BigDesk.Size ONE_M = new BigDesk.Size(100_000, 5_000, 200, 4_000, 10);

    private final Path root;

    public Desks(Path root) {
        this.root = root;
    }

    /** The desk of {@code size} ("DIR/desk", its file DIR/desk.mv.db), filled now if needed. */
    public Path of(BigDesk.Size size) {
        Path dir = root.resolve(size.stories() + "-" + size.followUps());
        Path desk = dir.resolve("desk");
        Path filledAt = dir.resolve("filled-at");
        try {
            if (Files.exists(filledAt) && Files.exists(dir.resolve("desk.mv.db"))
                    && Instant.parse(Files.readString(filledAt).trim()).isAfter(Instant.now().minus(Duration.ofHours(12)))) {
                return desk;
            }
            deleteTree(dir);
            Files.createDirectories(dir);
            Instant now = Instant.now();
            long start = System.nanoTime();
            if (size.equals(ONE_M)) {
                Path issue = of(ISSUE);
                Files.copy(Path.of(issue + ".mv.db"), Path.of(desk + ".mv.db"));
                now = Instant.parse(Files.readString(issue.resolveSibling("filled-at")).trim());
                BigDesk.addDoneFollowUps(desk, size, ONE_M.doneFollowUpsPerStory() - ISSUE.doneFollowUpsPerStory());
            } else {
                BigDesk.fill(desk, size, now);
            }
            Files.writeString(filledAt, now.toString());
            Files.writeString(dir.resolve("fill-ms"), Long.toString((System.nanoTime() - start) / 1_000_000));
            return desk;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** When the desk of {@code size} was filled: its "now" (due times are relative to it). */
    public Instant filledAt(BigDesk.Size size) {
        try {
            return Instant.parse(Files.readString(of(size).resolveSibling("filled-at")).trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How long the fill of {@code size} took, in ms (NaN when it was not filled by this suite). */
    public double fillMillis(BigDesk.Size size) {
        Path file = root.resolve(size.stories() + "-" + size.followUps()).resolve("fill-ms");
        try {
            return Files.exists(file) ? Double.parseDouble(Files.readString(file).trim()) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** A copy of {@code desk} in a new folder under {@code into} (rows that write work on a copy). */
    public static Path copy(Path desk, Path into) {
        try {
            Files.createDirectories(into);
            Path copy = Files.createTempDirectory(into, "copy").resolve("desk");
            Files.copy(Path.of(desk + ".mv.db"), Path.of(copy + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
