package org.referraldesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.RowSink;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.JsonExport;
import org.referraldesk.store.DataTables;
import org.referraldesk.store.SchemaTables.Table;
import org.referraldesk.store.Store;

/**
 * Puts a backup (.rdbackup) or a JSON export back into the desk. The document is checked whole
 * first ({@link DocumentCheck}); then, when the desk is replaced, what it holds is backed up
 * ({@link SafetyCopy}); the new desk is built in a file of its own beside the live one
 * ({@value #BUILDING}), verified (every table's rows counted and read), compacted, and swapped in
 * with one atomic rename. A kill at any moment leaves the old desk or the new one, never a mix; a file left
 * by a killed restore is removed by the next. A desk that already has contacts or stories is only
 * replaced when the caller says so.
 */
public final class Restore {
    /** What the desk being built is called, after the live desk's name: referral-desk.restoring.mv.db. */
    static final String BUILDING = ".restoring";

    private final Store store;
    private final SafetyCopy safetyCopy;

    public Restore(Store store, SafetyCopy safetyCopy) {
        this.store = store;
        this.safetyCopy = safetyCopy;
    }

    private record Here(String schemaVersion, int peopleAndStories, Map<String, Table> schema) {
    }

    /**
     * Restores {@code file}; returns what it put back. No other work on this desk runs meanwhile. The
     * document is read as it comes (never whole in memory): each row is checked and put into the desk
     * being built; the first problem, or a checksum that does not match at the end, throws the built
     * desk away and leaves the live one as it was.
     */
    public Restored restore(Path file, boolean replace) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput("file", "file.missing", file.toAbsolutePath().toString());
        }
        return store.alone(() -> {
            if (!store.servesTheFile()) {
                throw InvalidInput.ofRequest("restore.windowOpen", store.file().toString());
            }
            Here here = store.inTransaction(tx -> new Here(tx.dataTables().schemaVersion(),
                    tx.dataTables().peopleAndStories(), tx.dataTables().schema()));
            if (!replace && here.peopleAndStories() > 0) {
                throw new DeskNotEmpty();
            }
            Counted counted = new Counted();
            Path built = build(file, here, counted);
            Path copy;
            try {
                copy = replace ? safetyCopy.take() : null;
                store.replaceFileWith(built);
            } finally {
                removeLeftovers();
            }
            return counted.restored(copy);
        });
    }

    /** The new desk, built from {@code file} as it is read, checked, verified and compacted in its own file; returns that file. */
    private Path build(Path file, Here here, Counted counted) {
        removeLeftovers();
        Path base = store.file().resolveSibling(deskName() + BUILDING);
        try {
            Store built = Store.open(base, store.password());
            try {
                built.useTransaction(tx -> {
                    DataTables.Loader loader = tx.dataTables().loader();
                    DocumentCheck check = new DocumentCheck(here.schema());
                    String[] version = new String[1];
                    read(file, new JsonExport.Reading() {
                        @Override
                        public void header(int formatVersion, String schemaVersion, java.time.Instant exportedAt) {
                            if (newer(schemaVersion, here.schemaVersion())) {
                                throw new InvalidInput("file", "restore.newer", schemaVersion, here.schemaVersion());
                            }
                            version[0] = schemaVersion;
                        }

                        @Override
                        public void table(String name) {
                            check.table(name);
                            loader.table(name);
                            counted.table(name);
                        }

                        @Override
                        public void row(List<String> columns, List<Object> values) {
                            check.row(columns, values);
                            loader.row(columns, values);
                            counted.row();
                        }
                    });
                    check.finish(version[0]);
                    loader.finish();
                });
                verify(built, counted);
            } catch (RuntimeException e) {
                built.close();
                throw e;
            }
            built.refreshStatistics(); // the restored desk's plans start from its real figures
            built.closeCompacted(); // the swapped-in file holds only live pages (ADR 0015)
        } catch (RuntimeException e) {
            removeLeftovers();
            throw e;
        }
        return Store.fileOf(base);
    }

    private void read(Path file, JsonExport.Reading reading) {
        try {
            new BackupArchive(DeskKey.of(store)).read(file, reading);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("file", "file.missing", file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file.toAbsolutePath() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** Every table of the built desk read row by row; each holds as many rows as the document gave it. */
    private static void verify(Store built, Counted counted) {
        Map<String, Integer> found = new HashMap<>();
        built.inTransaction(tx -> {
            tx.dataTables().readEach(new RowSink() {
                private String table;

                @Override
                public void table(String name, List<String> columns) {
                    table = name;
                    found.put(name, 0);
                }

                @Override
                public void row(List<Object> values) {
                    found.merge(table, 1, Integer::sum);
                }
            });
            return null;
        });
        for (Map.Entry<String, Integer> table : found.entrySet()) {
            int expected = counted.rowsOf(table.getKey());
            if (table.getValue() != expected) {
                throw InvalidInput.ofRequest("restore.notVerified", table.getKey(), table.getValue(), expected);
            }
        }
    }

    /** How many rows the document gave each table. */
    private static final class Counted {
        private final Map<String, Integer> rows = new HashMap<>();
        private String table;

        void table(String name) {
            table = name;
            rows.putIfAbsent(name, 0);
        }

        void row() {
            rows.merge(table, 1, Integer::sum);
        }

        int rowsOf(String name) {
            return rows.getOrDefault(name, 0);
        }

        Restored restored(Path copy) {
            return new Restored(rows.values().stream().mapToInt(Integer::intValue).sum(), rowsOf("referral"),
                    rowsOf("contact"), rowsOf("follow_up"), rowsOf("touch"), rowsOf("gift"), copy);
        }
    }

    /** Removes what a killed restore left beside the desk (referral-desk.restoring.mv.db and its kin). */
    private void removeLeftovers() {
        String prefix = deskName() + BUILDING + ".";
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            for (Path leftover : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A file left by an earlier restore beside " + store.file()
                    + " could not be removed: " + e.getMessage(), e);
        }
    }

    private String deskName() {
        return store.file().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
    }

    private static boolean newer(String theirs, String ours) {
        try {
            return new BigDecimal(theirs).compareTo(new BigDecimal(ours)) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
