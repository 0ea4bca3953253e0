package org.referraldesk.io.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * The introduction inside a forwarded email: an attached message/rfc822 part (read by mime4j
 * whole), or the block a mail client writes inline under "---------- Forwarded message ---------"
 * (web mail), "-------- Forwarded Message --------" (Thunderbird), "Begin forwarded message:"
 * (Apple Mail), whose From/To/Cc/Subject lines mime4j's address parser reads.
 */
record Forwarded(Mailbox from, List<Mailbox> people, String subject, String body) {
    private static final Pattern MARKER = Pattern.compile(
            "(?im)^\\s*(-{3,} ?forwarded message ?-{3,}|begin forwarded message:|-{3,} ?weitergeleitete nachricht ?-{3,}"
                    + "|-{3,} ?message transféré ?-{3,}|-{3,} ?mensaje reenviado ?-{3,})\\s*$");
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*([A-Za-zéÉ-]+)\\s*:\\s*(.*)$");

    static Forwarded in(Message outer) {
        Message attached = attachedMessage(outer);
        if (attached != null) {
            List<Mailbox> people = new ArrayList<>(IntroductionEmail.mailboxes(attached.getTo()));
            people.addAll(IntroductionEmail.mailboxes(attached.getCc()));
            Mailbox from = attached.getFrom() == null || attached.getFrom().isEmpty() ? null : attached.getFrom().get(0);
            return new Forwarded(from, people, attached.getSubject(), BodyText.of(attached));
        }
        return inline(BodyText.of(outer));
    }

    private static Message attachedMessage(Entity entity) {
        Body body = entity.getBody();
        if (body instanceof Message message) {
            return message;
        }
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                Message found = attachedMessage(part);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Forwarded inline(String text) {
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            return null;
        }
        String[] lines = text.substring(marker.end()).replace("\r\n", "\n").split("\n", -1);
        Mailbox from = null;
        List<Mailbox> people = new ArrayList<>();
        String subject = null;
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher header = HEADER.matcher(lines[i].replace("*", ""));
            if (!header.matches()) {
                break;
            }
            String name = header.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = header.group(2).strip();
            switch (name) {
                case "from", "von", "de" -> {
                    List<Mailbox> found = addresses(value);
                    from = found.isEmpty() ? null : found.get(0);
                }
                case "to", "cc", "an", "à", "para", "kopie" -> people.addAll(addresses(value));
                case "subject", "betreff", "objet", "asunto" -> subject = value;
                default -> { }
            }
        }
        StringBuilder body = new StringBuilder();
        for (; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return from == null && people.isEmpty() ? null : new Forwarded(from, people, subject, body.toString());
    }

    private static List<Mailbox> addresses(String value) {
        AddressList list = LenientAddressParser.DEFAULT.parseAddressList(value);
        List<Mailbox> found = new ArrayList<>();
        for (Mailbox mailbox : list.flatten()) {
            if (mailbox.getAddress() != null && mailbox.getAddress().contains("@")) {
                found.add(mailbox);
            }
        }
        return found;
    }
}
