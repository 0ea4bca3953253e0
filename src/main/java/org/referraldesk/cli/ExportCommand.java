package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export csv|vcard|ics|json FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export contacts (csv, vcard), follow-ups (ics) or everything (json) to a file.",
            "The file is replaced whole, never half-written.",
            "  csv    the contacts, for a spreadsheet (cells that would run as formulas start with ')",
            "  vcard  the contacts as vCard 4.0, for an address book",
            "  ics    the open follow-ups as iCalendar events, for Outlook or Google Calendar",
            "  json   everything, as one JSON document (see src/docs/json-export.md); 'restore' reads it"})
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, vcard, ics, json }

    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "csv, vcard, ics or json.")
    Format format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Override
    public Integer call() {
        String written;
        try (Services services = desk.open(null)) {
            written = switch (format) {
                case csv -> Said.text("cli.export.contacts", services.exports().contactsCsv(file), file.toString());
                case vcard -> Said.text("cli.export.contacts", services.exports().contactsVcard(file), file.toString());
                case ics -> Said.text("cli.export.followUps", services.exports().followUpsCalendar(file),
                        file.toString());
                case json -> Said.text("cli.export.rows", services.exports().everything(file), file.toString());
            };
        }
        desk.out.println(written);
        return ExitCodes.OK;
    }
}
