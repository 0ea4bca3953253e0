package org.referraldesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.referraldesk.service.Message;
import org.referraldesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code message FOLLOWUP-ID [--json]}: a follow-up's message as its template and story write it. */
@Command(name = "message", mixinStandardHelpOptions = true,
        description = "Print a follow-up's message, filled from its template and its story: who it goes to "
                + "and who is copied, the subject and the text.")
final class MessageCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "FOLLOWUP-ID", description = "The follow-up's id (see 'due').")
    long id;

    @Option(names = "--json", description = "One JSON object with to (\"\" when the contact has no email address), "
            + "cc, bcc, subject, inReplyTo (the Message-ID of the email answered, or \"\"), body, "
            + "unknownPlaceholders and leftOut (placeholders the story had nothing for).")
    boolean json;

    @Override
    public Integer call() {
        Message message;
        try (Services services = desk.open(null)) {
            message = services.templates().compose(id);
        }
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("to", message.to());
            object.put("cc", message.cc());
            object.put("bcc", message.bcc());
            object.put("subject", message.subject());
            object.put("inReplyTo", message.inReplyTo());
            object.put("body", message.body());
            object.put("unknownPlaceholders", message.unknownPlaceholders());
            object.put("leftOut", message.unfilledPlaceholders());
            try {
                desk.out.println(JSON.writeValueAsString(object));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            desk.out.println(Said.text("cli.message.to", message.to().isEmpty() ? Said.text("cli.message.noEmail") : message.to()));
            printIfAny("cli.message.cc", message.cc());
            printIfAny("cli.message.bcc", message.bcc());
            desk.out.println(Said.text("cli.message.subject", message.subject()));
            printIfAny("cli.message.inReplyTo", message.inReplyTo());
            desk.out.println();
            desk.out.println(message.body());
        }
        return ExitCodes.OK;
    }

    private void printIfAny(String key, String value) {
        if (!value.isEmpty()) {
            desk.out.println(Said.text(key, value));
        }
    }
}
