package org.referraldesk.io.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.slf4j.LoggerFactory;

/**
 * Reads an introduction email (.eml, RFC 5322/MIME) with Apache James mime4j into an
 * {@link Introduction}: the sender is the referrer, everyone else in To and Cc except the owner's
 * own addresses is a candidate client. A forwarded introduction (attached as message/rfc822, or
 * quoted inline under "Forwarded message") gives its own people; the forwarder counts as one of
 * them. Limits keep a huge or hostile file a refusal, never a crash.
 */
public final class IntroductionEmail {
    /** Larger files are refused unread: an introduction with a photo is far smaller. */
    public static final long LARGEST_FILE = 40L * 1024 * 1024;
    /** More people than this is a mailing, not an introduction. */
    public static final int MOST_PEOPLE = 50;
    static final int MAX_HEADER_COUNT = 500;
    static final int MAX_HEADER_LENGTH = 64 * 1024;
    static final int MAX_LINE_LENGTH = 64 * 1024;
    /** The longest subject and name kept: what the New referral form's fields hold. */
    public static final int LONGEST_SUBJECT = 300;
    public static final int LONGEST_NAME = 200;

    private final Set<String> ownerAddresses;

    /** {@code ownerAddresses}: the owner's own addresses (Settings), never taken for a client. */
    public IntroductionEmail(Set<String> ownerAddresses) {
        this.ownerAddresses = ownerAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public Introduction read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > LARGEST_FILE) {
                throw new InvalidInput("file", "email.tooLarge", name, LARGEST_FILE / (1024 * 1024));
            }
            return read(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("file", "file.missing", name);
        } catch (IOException e) {
            LoggerFactory.getLogger(IntroductionEmail.class).warn("Could not read the email {}", file, e);
            throw new InvalidInput("file", "email.cannotOpen", name);
        }
    }

    /** {@code name} names the email in a refusal (its file name, or "the pasted text"). */
    public Introduction read(byte[] bytes, String name) {
        if (bytes.length > LARGEST_FILE) {
            throw new InvalidInput("file", "email.tooLarge", name, LARGEST_FILE / (1024 * 1024));
        }
        if (HeaderWords.nulInHeader(bytes)) {
            throw new InvalidInput("file", "email.binary", name);
        }
        Message message = parse(bytes, name);
        try {
            return introduction(message, name);
        } finally {
            message.dispose();
        }
    }

    /**
     * Parsed whole; when mime4j trips over a damaged MIME structure (a boundary cut in two), parsed
     * again flat, so the headers still give the people and the subject the need.
     */
    private static Message parse(byte[] bytes, String name) {
        try {
            return parse(bytes, name, false);
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            try {
                return parse(bytes, name, true);
            } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException again) {
                throw new InvalidInput("file", "email.unreadable", name);
            }
        }
    }

    private static Message parse(byte[] bytes, String name, boolean flat) {
        MimeConfig limits = MimeConfig.custom()
                .setMaxHeaderCount(MAX_HEADER_COUNT)
                .setMaxHeaderLen(MAX_HEADER_LENGTH)
                .setMaxLineLen(MAX_LINE_LENGTH)
                .setMaxContentLen(-1)
                .setMalformedHeaderStartsBody(true)
                .build();
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(limits);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setFlatMode(flat);
        try {
            return builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (MimeIOException e) {
            throw new InvalidInput("file", "email.tooLong", name, MAX_HEADER_LENGTH / 1024);
        } catch (IOException e) {
            throw new InvalidInput("file", "email.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private Introduction introduction(Message outer, String name) {
        Mailbox from = firstOf(outer.getFrom());
        if (from == null || (outer.getTo() == null && outer.getCc() == null && outer.getSender() == null)) {
            throw new InvalidInput("file", "email.notAnEmail", name);
        }
        Forwarded forwarded = Forwarded.in(outer);
        Mailbox referrer = forwarded == null || forwarded.from() == null ? from : forwarded.from();
        Map<String, Person> others = new LinkedHashMap<>();
        List<Mailbox> named = new ArrayList<>();
        if (forwarded != null) {
            named.addAll(forwarded.people());
            named.add(from);
        }
        named.addAll(mailboxes(outer.getTo()));
        named.addAll(mailboxes(outer.getCc()));
        for (Mailbox mailbox : named) {
            String address = mailbox.getAddress().toLowerCase(Locale.ROOT);
            if (!ownerAddresses.contains(address) && !address.equalsIgnoreCase(referrer.getAddress())) {
                others.putIfAbsent(address, person(mailbox));
            }
        }
        if (others.size() > MOST_PEOPLE) {
            throw new InvalidInput("file", "email.tooManyPeople", name, others.size(), MOST_PEOPLE);
        }
        if (others.isEmpty()) {
            throw new InvalidInput("file", "email.noSecondPerson", name);
        }
        String subject = forwarded != null && forwarded.subject() != null ? forwarded.subject() : outer.getSubject();
        subject = HeaderWords.capped(HeaderWords.withoutPrefixes(subject), LONGEST_SUBJECT);
        String body = forwarded != null ? forwarded.body() : BodyText.of(outer);
        String firstLines = WhatTheyWrote.firstLines(body);
        // one line, as the need is everywhere: the subject as a sentence of its own, then what they wrote
        String need = subject == null || subject.isBlank() ? firstLines
                : firstLines.isEmpty() ? subject : subject + (subject.matches(".*[.!?…]$") ? " " : ". ") + sentence(firstLines);
        return new Introduction(person(referrer), List.copyOf(others.values()),
                outer.getDate() == null ? null : outer.getDate().toInstant(),
                subject == null ? "" : subject, need, HeaderWords.bareId(outer.getMessageId()));
    }

    /** "gerne stelle ich …" (after the greeting's comma) begins a sentence of its own: "Gerne stelle ich …". */
    private static String sentence(String text) {
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    static Person person(Mailbox mailbox) {
        String name = mailbox.getName();
        String cleaned = name == null ? null : InvalidInput.optionalLine(name);
        if (cleaned != null && cleaned.indexOf('\uFFFD') >= 0) {
            cleaned = null; // an encoded word that did not decode: the address stands in
        }
        return new Person(cleaned == null ? mailbox.getAddress() : HeaderWords.capped(HeaderWords.unquoted(cleaned), LONGEST_NAME),
                mailbox.getAddress());
    }

    static List<Mailbox> mailboxes(org.apache.james.mime4j.dom.address.AddressList list) {
        return list == null ? List.of() : list.flatten();
    }

    private static Mailbox firstOf(MailboxList list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
