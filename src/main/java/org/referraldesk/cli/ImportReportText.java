package org.referraldesk.cli;

import java.io.PrintWriter;
import org.referraldesk.service.ImportReport;
import org.referraldesk.service.RowNote;

/** An import's report as lines: the counts, then each duplicate and rejected row with its line number. */
final class ImportReportText {
    private final PrintWriter out;

    ImportReportText(PrintWriter out) {
        this.out = out;
    }

    void print(ImportReport report, String what) {
        out.println((report.dryRun() ? "Dry run, nothing written: would import " : "Imported ")
                + report.imported() + " " + what + ", merged " + report.merged() + ", skipped " + report.skipped()
                + ", rejected " + report.rejected().size() + ".");
        for (RowNote duplicate : report.duplicates()) {
            out.println("  line " + duplicate.line() + ": " + duplicate.text());
        }
        for (RowNote rejected : report.rejected()) {
            out.println("  line " + rejected.line() + " rejected: " + rejected.text());
        }
    }
}
