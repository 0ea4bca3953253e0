package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.service.ImportOptions;
import org.referraldesk.service.ImportReport;
import org.referraldesk.service.ReferralImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import referrals FILE [--mapping FILE] [--dry-run]}. */
@Command(name = "referrals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import web-form referral submissions from a CSV export (Google Forms, Typeform,",
            "Jotform and WPForms headers are recognised). Each row becomes a story with its follow-ups,",
            "received at the submission's time. A row imported before is skipped.",
            "A mapping file names the columns for other forms, one field per line, e.g.:",
            "  referrer.name = Your name",
            "  referrer.email = Your email",
            "  client.name = Friend's name",
            "  received.at = Submitted at"})
final class ImportReferralsCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The form tool's CSV export.")
    Path file;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Which column holds which field.")
    Path mappingFile;

    @Option(names = "--dry-run", description = "Report what would happen; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        ColumnMapping mapping = mappingFile == null ? null : ReferralImport.readMapping(mappingFile);
        ImportOptions options = dryRun ? ImportOptions.trial() : ImportOptions.write();
        ImportReport report;
        try (Services services = parent.desk.open(null)) {
            report = services.referralImport().importFile(file, mapping, options);
        }
        new ImportReportText(parent.desk.out).print(report, "stories");
        return ExitCodes.OK;
    }
}
