package org.referraldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code referral add|edit|stage|won|not-a-fit|lost}: record a story, correct it, move it to its end. */
@Command(name = "referral", mixinStandardHelpOptions = true,
        description = "Record a referral, correct it, move its story on, or end it (won, not a fit, lost).",
        subcommands = {ReferralAddCommand.class, ReferralEditCommand.class, ReferralStageCommand.class, ReferralWonCommand.class,
            ReferralNotAFitCommand.class, ReferralLostCommand.class})
final class ReferralCommand implements Runnable {
    @ParentCommand
    DeskCommand desk;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                Said.text("cli.referral.sayWhat"));
    }
}
