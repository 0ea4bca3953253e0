package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code referral stage ID STAGE}: moves an open story forward. */
@Command(name = "stage", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Move an open story forward: contacted, meeting-booked, met or proposal-sent.")
final class ReferralStageCommand implements Callable<Integer> {
    @ParentCommand
    ReferralCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The referral's id.")
    long id;

    @Parameters(index = "1", paramLabel = "STAGE", converter = Stages.class,
            description = "contacted, meeting-booked, met or proposal-sent.")
    Stage stage;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "When it happened (default: now).")
    Instant at;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the story's timeline.")
    String note;

    @Override
    public Integer call() {
        try (Services desk = parent.desk.openToWrite(at)) {
            List<FollowUp> created = desk.referrals().move(id, stage, null, note).followUps();
            parent.desk.out.println(Said.text("cli.stage.now", id, Labels.forOwner().of(stage)));
            Printed.followUps(parent.desk.out, created, parent.desk.clock().getZone());
        }
        return ExitCodes.OK;
    }
}
