package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code referral add}: records a story with its playbook follow-ups and prints its id. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record a referral with the playbook's follow-ups; prints the new referral's id.",
            "People are found by email first, then by name; anyone new becomes a contact."})
final class ReferralAddCommand implements Callable<Integer> {
    @ParentCommand
    ReferralCommand parent;

    @Option(names = "--referrer", required = true, paramLabel = "NAME", description = "Who referred the client.")
    String referrer;

    @Option(names = "--referrer-email", paramLabel = "E", description = "The referrer's email address.")
    String referrerEmail;

    @Option(names = "--client", required = true, paramLabel = "NAME", description = "Who was referred.")
    String client;

    @Option(names = "--client-email", paramLabel = "E", description = "The client's email address.")
    String clientEmail;

    @Option(names = "--client-phone", paramLabel = "PHONE", description = "The client's phone number.")
    String clientPhone;

    @Option(names = "--need", paramLabel = "TEXT", description = "What the client needs.")
    String need;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "other", converter = Channels.class,
            description = "How it reached you: email, phone, in-person, web-form or other (default: ${DEFAULT-VALUE}).")
    Channel channel;

    @Option(names = "--received", paramLabel = "ISO-8601",
            description = "When it arrived (default: now); the playbook's due times count from it.")
    Instant received;

    @Override
    public Integer call() {
        try (Services desk = parent.desk.open(null)) {
            long id = desk.referrals().record(new NewReferral(referrer, referrerEmail, client, clientEmail, clientPhone,
                    channel, need, received, null)).referral().id();
            parent.desk.out.println(id);
        }
        return ExitCodes.OK;
    }
}
