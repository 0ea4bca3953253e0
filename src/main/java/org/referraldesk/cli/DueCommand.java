package org.referraldesk.cli;

import org.referraldesk.service.Services;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.service.Agenda;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code due [--at ISO-8601] [--json]}: the open follow-ups, overdue first, as the Today screen sees them. */
@Command(name = "due", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The open follow-ups at a moment: overdue first, then due, then upcoming.",
            "  OVERDUE   due (or snoozed until) before the moment;",
            "  DUE       due later that same day, before local midnight;",
            "  UPCOMING  due in the seven days after that day.",
            "Days are those of this computer's time zone. The soonest comes first."})
final class DueCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand desk;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "The moment to look from (default: now).")
    Instant at;

    @Option(names = "--json", description = "A JSON array of objects with id, kind, dueAt, referralId, partner, "
            + "client, status and amount (GIFT only, a decimal string).")
    boolean json;

    @Override
    public Integer call() {
        Agenda agenda;
        try (Services services = desk.open(at)) {
            agenda = services.today().agenda();
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        add(lines, agenda.overdue(), "OVERDUE");
        add(lines, agenda.dueToday(), "DUE");
        add(lines, agenda.nextWeek(), "UPCOMING");
        if (json) {
            try {
                desk.out.println(Printed.JSON.writeValueAsString(lines));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else if (lines.isEmpty()) {
            desk.out.println(Said.text("cli.due.nothing", org.referraldesk.service.Today.DAYS_AHEAD));
        } else {
            for (Map<String, Object> line : lines) {
                desk.out.println(text(line));
            }
        }
        return ExitCodes.OK;
    }

    private void add(List<Map<String, Object>> lines, List<FollowUpLine> due, String status) {
        for (FollowUpLine f : due) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", f.id());
            line.put("kind", f.kind().name());
            line.put("dueAt", f.effectiveDueAt().toString());
            line.put("referralId", f.referralId());
            line.put("partner", f.partnerName());
            line.put("client", f.clientName());
            line.put("status", status);
            if (f.kind() == FollowUpKind.GIFT) {
                line.put("amount", f.amount() == null ? null : f.amount().toPlainString());
            }
            lines.add(line);
        }
    }

    private String text(Map<String, Object> line) {
        StringBuilder b = new StringBuilder(String.format("%-8s %5s  %-18s %s", line.get("status"), line.get("id"),
                line.get("kind"), Printed.time(Instant.parse((String) line.get("dueAt")), desk.clock().getZone())));
        if (line.get("partner") != null) {
            b.append("  ").append(line.get("partner"));
        }
        if (line.get("client") != null) {
            b.append(" -> ").append(line.get("client"));
        }
        if (line.get("referralId") != null) {
            b.append("  ").append(Said.text("cli.due.referral", String.valueOf(line.get("referralId"))));
        }
        if (line.containsKey("amount")) {
            b.append("  ").append(Said.text("cli.due.amount", String.valueOf(line.get("amount"))));
        }
        return b.toString();
    }
}
