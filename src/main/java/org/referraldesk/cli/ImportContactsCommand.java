package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.referraldesk.service.ImportOptions;
import org.referraldesk.service.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import contacts FILE [--merge] [--dry-run]}. */
@Command(name = "contacts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import contacts from a CSV file (Google Contacts or Outlook export, or a sheet with",
            "Name/Email/Phone columns) or a vCard file. A contact with the same email, or the same name",
            "and phone, as one already known is a duplicate: skipped, or merged with --merge."})
final class ImportContactsCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .csv or .vcf file.")
    Path file;

    @Option(names = "--merge", description = "Fill a known contact's blank fields from its duplicate row.")
    boolean merge;

    @Option(names = "--dry-run", description = "Report what would happen; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        ImportOptions options = (dryRun ? ImportOptions.trial() : ImportOptions.write()).mergingDuplicates(merge);
        ImportReport report;
        try (Services services = parent.desk.open(null)) {
            report = services.contactImport().importFile(file, options);
        }
        new ImportReportText(parent.desk.out).print(report, "contacts");
        return ExitCodes.OK;
    }
}
