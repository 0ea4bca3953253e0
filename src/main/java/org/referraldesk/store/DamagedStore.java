package org.referraldesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The desk's file does not read whole and was not opened: damaged or cut short (then moved aside,
 * byte for byte, to {@link #keptAt()}), empty (0 bytes) or not an H2 database (both left as they are).
 */
public final class DamagedStore extends StoreUnavailable {
    /** What was found. */
    public enum Kind { DAMAGED, EMPTY, FOREIGN }

    private final Kind kind;
    private final Path file;
    private final Path keptAt;

    DamagedStore(Kind kind, Path file, Path keptAt, String why) {
        super("The database " + file + " does not read whole (" + why + ")", null);
        this.kind = kind;
        this.file = file;
        this.keptAt = keptAt;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the desk's file is (or was, when moved aside). */
    public Path file() {
        return file;
    }

    /** Where the damaged file now is; empty when it was left where it was. */
    public Optional<Path> keptAt() {
        return Optional.ofNullable(keptAt);
    }
}
