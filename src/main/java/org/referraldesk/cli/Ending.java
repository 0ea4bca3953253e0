package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Outcome;

/** Ends a story for won, not-a-fit and lost, and prints what the playbook planned. */
final class Ending {
    private final DeskCommand desk;

    Ending(DeskCommand desk) {
        this.desk = desk;
    }

    int end(long id, Outcome outcome, Instant at) {
        try (Services services = desk.openToWrite(at)) {
            List<FollowUp> created = services.referrals().close(id, outcome, null, null).followUps();
            desk.out.println(Said.text("cli.ended", id, Labels.forOwner().of(outcome.stage())));
            Printed.followUps(desk.out, created, desk.clock().getZone());
        }
        return ExitCodes.OK;
    }
}
