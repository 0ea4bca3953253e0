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
        out.println(Said.text((report.dryRun() ? "cli.import.dryRun." : "cli.import.") + what, report.imported(),
                report.merged(), report.skipped(), report.rejected().size()));
        for (RowNote duplicate : report.duplicates()) {
            out.println("  " + Said.text("cli.import.line", duplicate.line(), duplicate.text()));
        }
        for (RowNote rejected : report.rejected()) {
            out.println("  " + Said.text("cli.import.rejected", rejected.line(), rejected.text()));
        }
    }
}
