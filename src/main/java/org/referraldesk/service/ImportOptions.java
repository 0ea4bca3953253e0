package org.referraldesk.service;

import java.util.function.BooleanSupplier;

/**
 * How to run an import: as a dry run (report only, nothing written), whether duplicates are merged
 * into the contact they match, who hears the progress, and the cancel flag read between batches.
 */
public record ImportOptions(boolean dryRun, boolean mergeDuplicates, ImportProgress progress, BooleanSupplier cancelled) {

    public ImportOptions {
        progress = progress == null ? ImportProgress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Import for real; duplicates are skipped, not merged. */
    public static ImportOptions write() {
        return new ImportOptions(false, false, null, null);
    }

    /** Report what an import would do, and write nothing. */
    public static ImportOptions trial() {
        return new ImportOptions(true, false, null, null);
    }

    public ImportOptions mergingDuplicates(boolean merge) {
        return new ImportOptions(dryRun, merge, progress, cancelled);
    }

    public ImportOptions reportingTo(ImportProgress listener, BooleanSupplier cancelFlag) {
        return new ImportOptions(dryRun, mergeDuplicates, listener, cancelFlag);
    }
}
