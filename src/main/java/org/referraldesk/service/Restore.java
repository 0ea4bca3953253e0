package org.referraldesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.ExportDocument;
import org.referraldesk.store.Store;

/**
 * Puts a backup (.rdbackup) or a JSON export back into the desk, in one transaction: every table's
 * rows are replaced, and ids continue after the highest restored one. A desk that already has
 * contacts or stories is only replaced when the caller says so.
 */
public final class Restore {
    private final Store store;

    public Restore(Store store) {
        this.store = store;
    }

    /** Restores {@code file}; returns what it put back. */
    public Restored restore(Path file, boolean replace) {
        ExportDocument document = read(file);
        return store.inTransaction(tx -> {
            String ours = tx.dataTables().schemaVersion();
            if (newer(document.schemaVersion(), ours)) {
                throw new InvalidInput("file", "restore.newer", document.schemaVersion(), ours);
            }
            if (!replace && tx.dataTables().peopleAndStories() > 0) {
                throw new DeskNotEmpty();
            }
            tx.dataTables().replaceAll(document.tables());
            return Restored.of(document);
        });
    }

    /** Reads and checks a backup or export without touching the desk. */
    public ExportDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new BackupArchive().read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("file", "file.missing", file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file.toAbsolutePath() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static boolean newer(String theirs, String ours) {
        try {
            return new BigDecimal(theirs).compareTo(new BigDecimal(ours)) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
