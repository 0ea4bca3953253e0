package org.referraldesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.referraldesk.domain.FollowUp;

/** How commands print times and the follow-ups a step created. */
final class Printed {
    private Printed() {
    }

    /** A time in the owner's zone with its offset, e.g. 2026-03-11T09:00+01:00. */
    static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS));
    }

    static void followUps(PrintWriter out, List<FollowUp> created, ZoneId zone) {
        for (FollowUp f : created) {
            out.println("  follow-up " + f.id() + " " + f.kind() + " due " + time(f.dueAt(), zone)
                    + (f.amount() != null ? " amount " + f.amount().toPlainString() : ""));
        }
    }
}
