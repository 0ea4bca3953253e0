package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.domain.TouchKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code touch PARTNER-NAME --kind call|email|card|gift|meeting [--at]}: logs a touch with a partner. */
@Command(name = "touch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Log a call, email, card, gift or meeting with a partner; it restarts their check-in clock.")
final class TouchCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "PARTNER-NAME", description = "The partner's name (not case-sensitive).")
    String name;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = TouchKinds.class,
            description = "call, email, card, gift or meeting.")
    TouchKind kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "What it was about.")
    String note;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "When it happened (default: now).")
    Instant at;

    @Override
    public Integer call() {
        try (Services services = desk.openToWrite(at)) {
            PartnerSummary partner = named(services.partners().summaries());
            services.partners().logTouch(partner.id(), kind, null, note);
            desk.out.println(Said.text("cli.touch.logged", kind.name(), partner.name()));
        }
        return ExitCodes.OK;
    }

    private PartnerSummary named(List<PartnerSummary> partners) {
        String wanted = name.strip();
        List<PartnerSummary> matches = partners.stream().filter(p -> p.name().equalsIgnoreCase(wanted)).toList();
        if (matches.isEmpty()) {
            throw new InvalidInput("partner", "cli.noPartner", wanted);
        }
        if (matches.size() > 1) {
            throw new InvalidInput("partner", "cli.manyPartners", matches.size(), wanted);
        }
        return matches.get(0);
    }

    /** call, email, card, gift, meeting. */
    static final class TouchKinds implements picocli.CommandLine.ITypeConverter<TouchKind> {
        @Override
        public TouchKind convert(String value) {
            try {
                return TouchKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(Said.text("cli.touch.unknown", value));
            }
        }
    }
}
