package org.referraldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code import contacts|referrals FILE}: bring contacts or web-form submissions in, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import contacts (CSV from Google Contacts, Outlook or a sheet; vCard 2.1/3.0/4.0) or",
            "web-form referral submissions (CSV). Each import is one transaction: all of it or nothing.",
            "Importing the same file again adds nothing."},
        subcommands = {ImportContactsCommand.class, ImportReferralsCommand.class})
final class ImportCommand implements Runnable {
    @ParentCommand
    DeskCommand desk;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                Said.text("cli.import.sayWhat"));
    }
}
