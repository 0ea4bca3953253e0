package org.referraldesk.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.referraldesk.domain.Template;

/**
 * A follow-up's message, filled from its story: who it goes to (an email address, or "" when the
 * contact has none), its subject and body, the template's placeholders no story can fill, and the
 * known ones this story had nothing for, so the message leaves them out ({@link Template#leftOut}).
 * It may copy others ({@code cc}, {@code bcc}: addresses joined by commas, "" for none) and answer
 * an email ({@code inReplyTo}: its Message-ID, "" for none).
 */
public record Message(String to, String subject, String body, List<String> unknownPlaceholders,
        List<String> unfilledPlaceholders, String cc, String bcc, String inReplyTo) {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    public Message {
        to = to == null ? "" : to;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        unknownPlaceholders = unknownPlaceholders == null ? List.of() : List.copyOf(unknownPlaceholders);
        unfilledPlaceholders = unfilledPlaceholders == null ? List.of() : List.copyOf(unfilledPlaceholders);
        cc = cc == null ? "" : cc;
        bcc = bcc == null ? "" : bcc;
        inReplyTo = inReplyTo == null ? "" : inReplyTo;
    }

    /** A message to one person only, answering no email. */
    public Message(String to, String subject, String body, List<String> unknownPlaceholders,
            List<String> unfilledPlaceholders) {
        this(to, subject, body, unknownPlaceholders, unfilledPlaceholders, "", "", "");
    }

    /** A message with nothing left out. */
    public Message(String to, String subject, String body, List<String> unknownPlaceholders) {
        this(to, subject, body, unknownPlaceholders, List.of());
    }

    /** The message as an email draft link, with its Cc, Bcc and the email it answers. */
    public URI mailto() {
        return mailto(to, cc, bcc, subject, body, inReplyTo);
    }

    /**
     * A mailto: link (RFC 6068) with the subject and body: every character but the unreserved ones
     * percent-encoded as UTF-8 (a space is %20, never +), line breaks as %0D%0A.
     */
    public static URI mailto(String to, String subject, String body) {
        return mailto(to, null, null, subject, body, null);
    }

    /**
     * A mailto: link (RFC 6068) that also carries Cc and Bcc (addresses joined by commas) and the
     * Message-ID answered ({@code In-Reply-To}, without angle brackets; the mail app threads by it
     * where it honours the field). Empty or null parts are left out.
     */
    public static URI mailto(String to, String cc, String bcc, String subject, String body, String inReplyTo) {
        StringBuilder link = new StringBuilder("mailto:").append(encode(addresses(to), "@,"));
        String separator = "?";
        String[][] fields = {{"cc", addresses(cc), "@,"}, {"bcc", addresses(bcc), "@,"}, {"subject", subject, ""},
                {"body", body == null ? null : body.replaceAll("\r\n|\r|\n", "\r\n"), ""},
                {"In-Reply-To", inReplyTo == null || inReplyTo.isBlank() ? null : "<" + inReplyTo.strip() + ">", "@"}};
        for (String[] field : fields) {
            if (field[1] != null && !field[1].isEmpty()) {
                link.append(separator).append(field[0]).append('=').append(encode(field[1], field[2]));
                separator = "&";
            }
        }
        return URI.create(link.toString());
    }

    private static String addresses(String list) {
        return list == null ? "" : list.strip().replaceAll("\\s*,\\s*", ",");
    }

    private static String encode(String text, String alsoKept) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (UNRESERVED.indexOf(c) >= 0 || alsoKept.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
