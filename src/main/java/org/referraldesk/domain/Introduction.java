package org.referraldesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * What an introduction email says (issue 17): who wrote it (the referrer), the other people it
 * names (the client or clients, never the owner), when it reached the owner, and what the client
 * needs. {@code messageId} is the email's Message-ID, kept so the same email is not recorded twice;
 * it and {@code received} may be null when the email has none.
 */
public record Introduction(Person sender, List<Person> others, Instant received, String subject, String need,
        String messageId) {

    public Introduction {
        others = List.copyOf(others);
    }

    /** A person as the email names them: the decoded display name (or the address) and the address. */
    public record Person(String name, String address) {
    }
}
