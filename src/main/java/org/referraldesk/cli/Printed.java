package org.referraldesk.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.referraldesk.domain.FollowUp;

/** How commands print times, the follow-ups a step created, and JSON. */
final class Printed {
    /** How --json output is printed: two-space indents, "name": value, one element a line. */
    static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Printed() {
    }

    /** A time in the owner's zone with its offset, e.g. 2026-03-11T09:00+01:00. */
    static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS));
    }

    static void followUps(PrintWriter out, List<FollowUp> created, ZoneId zone) {
        for (FollowUp f : created) {
            out.println("  " + (f.amount() == null ? Said.text("cli.followUp.planned", f.id(), f.kind().name(), time(f.dueAt(), zone))
                    : Said.text("cli.followUp.plannedAmount", f.id(), f.kind().name(), time(f.dueAt(), zone),
                            f.amount().toPlainString())));
        }
    }
}
