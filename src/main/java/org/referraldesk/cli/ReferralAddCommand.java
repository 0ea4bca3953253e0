package org.referraldesk.cli;

import org.referraldesk.service.Services;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code referral add}: records a story with its playbook follow-ups and prints its id. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record a referral with the playbook's follow-ups; prints the new referral's id.",
            "People are found by email first, then by name; anyone new becomes a contact.",
            "With --from-email FILE the story comes from an introduction email (.eml):",
            "the referrer is its sender, the client the other person (the first of several",
            "unless --client or --client-email names one), received at its Date, channel",
            "email, the need from its subject and first lines. Every other option given",
            "overrides what the email says; a --client who is none of its people is someone",
            "else. Your own addresses (settings set owner-email) are never the client."})
final class ReferralAddCommand implements Callable<Integer> {
    @ParentCommand
    ReferralCommand parent;

    @Option(names = "--from-email", paramLabel = "FILE",
            description = "The introduction email, saved from your mail program as an .eml file.")
    Path fromEmail;

    @Option(names = "--dry-run", description = "Print what would be recorded as one JSON object (referrer, client, channel, "
            + "need, received, messageId, subject and candidates: the email's other people); write nothing.")
    boolean dryRun;

    @Option(names = "--referrer", paramLabel = "NAME", description = "Who referred the client (required without --from-email).")
    String referrer;

    @Option(names = "--referrer-email", paramLabel = "E", description = "The referrer's email address.")
    String referrerEmail;

    @Option(names = "--client", paramLabel = "NAME",
            description = "Who was referred (required without --from-email); with it, a name or address picks one of the email's people.")
    String client;

    @Option(names = "--client-email", paramLabel = "E", description = "The client's email address.")
    String clientEmail;

    @Option(names = "--client-phone", paramLabel = "PHONE", description = "The client's phone number.")
    String clientPhone;

    @Option(names = "--need", paramLabel = "TEXT", description = "What the client needs.")
    String need;

    @Option(names = "--channel", paramLabel = "CHANNEL", converter = Channels.class,
            description = "How it reached you: email, phone, in-person, web-form or other (default: other; email with --from-email).")
    Channel channel;

    @Option(names = "--received", paramLabel = "ISO-8601",
            description = "When it arrived (default: now, or the email's Date); the playbook's due times count from it.")
    Instant received;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (fromEmail == null) {
            required();
        } else {
            ReferralFromEmail.file(fromEmail);
        }
        try (Services desk = parent.desk.open(null)) {
            NewReferral typed = new NewReferral(referrer, referrerEmail, client, clientEmail, clientPhone,
                    fromEmail == null && channel == null ? Channel.OTHER : channel, need, received, null);
            ReferralFromEmail story = fromEmail == null ? ReferralFromEmail.typed(typed)
                    : ReferralFromEmail.fill(desk.introductions().read(fromEmail), typed);
            if (fromEmail != null && !story.candidates().isEmpty() && desk.settings().ownerEmails().isEmpty()) {
                parent.desk.err.println(Said.text("cli.add.noOwnerEmail", story.referral().clientName()));
            }
            if (dryRun) {
                desk.referrals().check(story.referral());
                parent.desk.out.println(json(story.fields(parent.desk.clock().instant())));
            } else {
                parent.desk.out.println(desk.referrals().record(story.referral()).referral().id());
            }
        }
        return ExitCodes.OK;
    }

    private static String json(Object fields) {
        try {
            return Printed.JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without an email, the referrer and the client are required, as picocli would say. */
    private void required() {
        List<String> missing = new ArrayList<>();
        if (referrer == null) {
            missing.add("'--referrer=NAME'");
        }
        if (client == null) {
            missing.add("'--client=NAME'");
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Said.text("cli.add.missing", missing.size(),
                    String.join(", ", missing)));
        }
    }
}
