package org.referraldesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.imports.Table;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Runs an import as one transaction: rows in batches, the progress told and the cancel flag read
 * between batches. A cancel or a dry run rolls the whole transaction back.
 */
final class ImportRun {
    static final int BATCH = 100;
    /** From this many rows an import counts as large: H2's statistics are refreshed and the file compacted when it grew. */
    static final int LARGE = 1_000;

    private ImportRun() {
    }

    /** What became of one row. */
    enum Kind { IMPORTED, MERGED, SKIPPED, REJECTED }

    record Result(Kind kind, String note) {
        static Result imported() {
            return new Result(Kind.IMPORTED, null);
        }
    }

    /** Imports one row inside the import's transaction. */
    interface RowImporter {
        Result row(Table.Row row);

        /**
         * Whether a refused row may have written something first, so each row needs a savepoint
         * (recording a story adds its people before it can find them to be one person).
         */
        default boolean writesBeforeRefusing() {
            return false;
        }

        /** After the last row: writes what the importer kept to write in one batch. */
        default void finish() {
        }
    }

    static ImportReport run(Store store, List<Table.Row> rows, ImportOptions options, Function<Tx, RowImporter> start) {
        try {
            ImportReport report = store.inTransaction(tx -> {
                ImportReport read = importAll(tx, rows, options, start.apply(tx));
                if (options.dryRun()) {
                    throw new DryRun(read);
                }
                return read;
            });
            if (rows.size() >= LARGE) {
                store.refreshStatistics();
                store.compactIfGrown();
            }
            return report;
        } catch (DryRun done) {
            return done.report;
        }
    }

    private static ImportReport importAll(Tx tx, List<Table.Row> rows, ImportOptions options, RowImporter importer) {
        int imported = 0;
        int merged = 0;
        int skipped = 0;
        List<RowNote> duplicates = new ArrayList<>();
        List<RowNote> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % BATCH == 0) {
                options.progress().rowsDone(i, rows.size());
                if (options.cancelled().getAsBoolean()) {
                    throw new ImportCancelled(i, rows.size());
                }
            }
            Table.Row row = rows.get(i);
            Result result;
            try {
                result = importer.writesBeforeRefusing() ? tx.savepoint("import_row_" + i, () -> importer.row(row))
                        : importer.row(row);
            } catch (InvalidInput refused) {
                result = new Result(Kind.REJECTED, refused.getMessage());
            }
            switch (result.kind()) {
                case IMPORTED -> imported++;
                case MERGED -> {
                    merged++;
                    duplicates.add(new RowNote(row.line(), result.note()));
                }
                case SKIPPED -> {
                    skipped++;
                    duplicates.add(new RowNote(row.line(), result.note()));
                }
                case REJECTED -> rejected.add(new RowNote(row.line(), result.note()));
            }
        }
        importer.finish();
        options.progress().rowsDone(rows.size(), rows.size());
        if (options.cancelled().getAsBoolean()) {
            throw new ImportCancelled(rows.size(), rows.size());
        }
        return new ImportReport(imported, merged, skipped, duplicates, rejected, options.dryRun());
    }

    /** Carries a dry run's report out of the transaction it rolls back. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        DryRun(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
