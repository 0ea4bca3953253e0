package org.referraldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code contact merge|duplicates}: one record per person. */
@Command(name = "contact", mixinStandardHelpOptions = true,
        description = "Merge two records of one person, or list the records that look like one person.",
        subcommands = {ContactMergeCommand.class, ContactDuplicatesCommand.class})
final class ContactCommand implements Runnable {
    @ParentCommand
    DeskCommand desk;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                Said.text("cli.contact.sayWhat"));
    }
}
