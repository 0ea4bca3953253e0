package org.referraldesk.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.StoryField;
import org.referraldesk.service.Services;
import org.referraldesk.service.Story;
import org.referraldesk.service.StoryCorrected;
import org.referraldesk.service.StoryCorrection;
import org.referraldesk.service.StoryCorrections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code referral edit ID}: corrects a saved story and prints what changed, one line per field. */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Correct a saved story; prints each field that changed (need: old \u2192 new).",
            "A name of another contact picks them (by email first, then by name); any other name corrects the "
                + "spelling of the story's own client or referrer. An empty --need or --value clears it.",
            "Open follow-ups counted from the received time move with it; done ones stay as they were."})
final class ReferralEditCommand implements Callable<Integer> {
    private static final Map<Channel, String> CHANNEL_NAMES = Channels.BY_NAME.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    @ParentCommand
    ReferralCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The referral's id.")
    long id;

    @Option(names = "--referrer", paramLabel = "NAME", description = "Who referred the client.")
    String referrer;

    @Option(names = "--referrer-email", paramLabel = "E", description = "The referrer's email address.")
    String referrerEmail;

    @Option(names = "--client", paramLabel = "NAME", description = "Who was referred.")
    String client;

    @Option(names = "--client-email", paramLabel = "E", description = "The client's email address.")
    String clientEmail;

    @Option(names = "--client-phone", paramLabel = "PHONE", description = "The client's phone number.")
    String clientPhone;

    @Option(names = "--need", paramLabel = "TEXT", description = "What the client needs.")
    String need;

    @Option(names = "--channel", paramLabel = "CHANNEL", converter = Channels.class,
            description = "How it reached you: email, phone, in-person, web-form or other.")
    Channel channel;

    @Option(names = "--received", paramLabel = "ISO-8601", description = "When it arrived.")
    Instant received;

    @Option(names = "--value", paramLabel = "AMOUNT", description = "The estimated value, such as 4000 or 4000.00.")
    String value;

    @Override
    public Integer call() {
        try (Services desk = parent.desk.open(null)) {
            StoryCorrections corrections = desk.corrections();
            Story story = desk.stories().load(id);
            StoryCorrection wanted = StoryCorrection.of(story);
            if (need != null) {
                wanted = wanted.withNeed(need);
            }
            if (channel != null) {
                wanted = wanted.withChannel(channel);
            }
            if (received != null) {
                wanted = wanted.withReceivedAt(received);
            }
            if (value != null) {
                wanted = wanted.withEstimatedValue(amount(value));
            }
            if (client != null || clientEmail != null || clientPhone != null) {
                wanted = wanted.withClient(corrections.personNamed(story.client(), client, clientEmail, clientPhone));
            }
            if (referrer != null || referrerEmail != null) {
                wanted = wanted.withReferrer(corrections.personNamed(story.referrer(), referrer, referrerEmail, null));
            }
            print(parent.desk.out, corrections.correct(id, wanted), parent.desk.clock().getZone());
        }
        return ExitCodes.OK;
    }

    private static BigDecimal amount(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return org.referraldesk.domain.Amounts.read(typed, java.util.Locale.ROOT);
        } catch (NumberFormatException notAnAmount) {
            throw new InvalidInput("estimatedValue", "money.unreadable", typed.strip());
        }
    }

    private void print(PrintWriter out, StoryCorrected corrected, ZoneId zone) {
        if (corrected.changed().isEmpty()) {
            out.println(Said.text("cli.edit.nothing", id));
            return;
        }
        Labels labels = Labels.forOwner();
        for (StoryField field : corrected.changed()) {
            out.println(Said.text("cli.edit.changed", labels.of(field), shown(field, corrected.before(), zone),
                    shown(field, corrected.after(), zone)));
        }
    }

    private static String shown(StoryField field, Story story, ZoneId zone) {
        String text = switch (field) {
            case NEED -> story.referral().need();
            case CHANNEL -> CHANNEL_NAMES.get(story.referral().channel());
            case RECEIVED_AT -> Printed.time(story.referral().receivedAt(), zone);
            case ESTIMATED_VALUE -> story.referral().estimatedValue() == null ? null
                    : story.referral().estimatedValue().toPlainString();
            case CLIENT -> person(story.client());
            case REFERRER -> person(story.referrer());
        };
        return text == null ? Said.text("cli.edit.none") : text;
    }

    /** "Ben Okafor <ben@okafor.example> +49 170 5550101". */
    private static String person(Contact contact) {
        return Stream.of(contact.name(), contact.email() == null ? null : "<" + contact.email() + ">", contact.phone())
                .filter(part -> part != null).collect(Collectors.joining(" "));
    }
}
