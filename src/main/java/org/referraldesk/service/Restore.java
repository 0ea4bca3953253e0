package org.referraldesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.ExportDocument;
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

    /** Restores {@code file}; returns what it put back. No other work on this desk runs meanwhile. */
    public Restored restore(Path file, boolean replace) {
        ExportDocument document = read(file);
        return store.alone(() -> {
            if (!store.servesTheFile()) {
                throw InvalidInput.ofRequest("restore.windowOpen", store.file().toString());
            }
            Here here = store.inTransaction(tx -> new Here(tx.dataTables().schemaVersion(),
                    tx.dataTables().peopleAndStories(), tx.dataTables().schema()));
            if (newer(document.schemaVersion(), here.schemaVersion())) {
                throw new InvalidInput("file", "restore.newer", document.schemaVersion(), here.schemaVersion());
            }
            if (!replace && here.peopleAndStories() > 0) {
                throw new DeskNotEmpty();
            }
            DocumentCheck.check(document, here.schema());
            Path copy = replace ? safetyCopy.take() : null;
            Path built = build(document);
            try {
                store.replaceFileWith(built);
            } finally {
                removeLeftovers();
            }
            return Restored.of(document, copy);
        });
    }

    /** Reads and checks a backup or export without touching the desk. */
    public ExportDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new BackupArchive(DeskKey.of(store)).read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("file", "file.missing", file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file.toAbsolutePath() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** The new desk, built and verified in its own file beside the live one, closed; returns that file. */
    private Path build(ExportDocument document) {
        removeLeftovers();
        Path base = store.file().resolveSibling(deskName() + BUILDING);
        try {
            Store built = Store.open(base, store.password());
            try {
                built.useTransaction(tx -> tx.dataTables().replaceAll(document.tables()));
                verify(built, document);
            } catch (RuntimeException e) {
                built.close();
                throw e;
            }
            built.closeCompacted(); // the swapped-in file holds only live pages (ADR 0015)
        } catch (RuntimeException e) {
            removeLeftovers();
            throw e;
        }
        return Store.fileOf(base);
    }

    /** Every table of the built desk read whole; each holds as many rows as the document gave it. */
    private static void verify(Store built, ExportDocument document) {
        for (DataTable table : built.inTransaction(tx -> tx.dataTables().readAll())) {
            int expected = document.rowsOf(table.name());
            if (table.rows().size() != expected) {
                throw InvalidInput.ofRequest("restore.notVerified", table.name(), table.rows().size(), expected);
            }
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
