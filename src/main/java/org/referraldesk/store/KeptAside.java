package org.referraldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Moves a damaged desk file aside in its own folder, unchanged: desk.mv.db to desk.damaged-2026-12-01-1230.mv.db. */
final class KeptAside {
    private static final String SUFFIX = ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private KeptAside() {
    }

    static Path move(Path file, Clock clock) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = file.resolveSibling(stem + ".damaged-" + stamp + SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(stem + ".damaged-" + stamp + "-" + n + SUFFIX);
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The damaged database " + file + " could not be moved aside", e);
        }
    }
}
