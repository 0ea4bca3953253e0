package org.referraldesk.service;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do): rows imported as new, duplicates merged into
 * a known contact, duplicates skipped, and every rejected row with its line and reason.
 */
public record ImportReport(int imported, int merged, int skipped, List<RowNote> duplicates, List<RowNote> rejected,
        boolean dryRun) {

    public ImportReport {
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
    }

    /** Every row the file held. */
    public int rows() {
        return imported + merged + skipped + rejected.size();
    }
}
