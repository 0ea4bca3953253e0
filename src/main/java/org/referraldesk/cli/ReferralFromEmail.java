package org.referraldesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.service.EmailIntroductions;
import org.referraldesk.service.NewReferral;

/**
 * {@code referral add --from-email}: the story an introduction email gives, with what the owner typed
 * taking precedence. The client is the first candidate unless --client or --client-email names one of
 * them (by address or name, in any case); a --client that names none of them is someone else, with
 * --client-email's address or none, never a candidate's (when --client-email picks a candidate, --client
 * renames them).
 */
record ReferralFromEmail(NewReferral referral, List<Person> candidates) {

    /** {@code typed} holds the options given (null where none was). */
    static ReferralFromEmail fill(Introduction email, NewReferral typed) {
        Optional<Person> byClient = named(email.others(), typed.clientName());
        Optional<Person> byAddress = named(email.others(), typed.clientEmail());
        boolean someoneElse = typed.clientName() != null && byClient.isEmpty() && byAddress.isEmpty();
        Person chosen = byAddress.or(() -> byClient).orElse(email.others().get(0));
        NewReferral read = EmailIntroductions.referral(email, chosen);
        String clientName = typed.clientName() != null && byClient.isEmpty() ? typed.clientName() : read.clientName();
        String clientEmail = typed.clientEmail() != null || someoneElse ? typed.clientEmail() : read.clientEmail();
        NewReferral filled = new NewReferral(or(typed.referrerName(), read.referrerName()),
                or(typed.referrerEmail(), read.referrerEmail()), clientName, clientEmail, typed.clientPhone(),
                or(typed.channel(), read.channel()), or(typed.need(), read.need()),
                or(typed.receivedAt(), read.receivedAt()), null, read.thread());
        List<Person> others = new ArrayList<>(email.others());
        if (!someoneElse) {
            others.remove(chosen);
        }
        return new ReferralFromEmail(filled, others);
    }

    /** {@code email} when it is a file: a missing one or a folder is refused as the owner would say it. */
    static Path file(Path email) {
        if (Files.isDirectory(email)) {
            throw new InvalidInput("file", "file.isFolder", email.toAbsolutePath().toString());
        }
        if (!Files.isRegularFile(email)) {
            throw new InvalidInput("file", "file.missing", email.toAbsolutePath().toString());
        }
        return email;
    }

    /** A story typed on the command line: no email, no other people. */
    static ReferralFromEmail typed(NewReferral typed) {
        return new ReferralFromEmail(typed, List.of());
    }

    /** The candidate with this address, else the one with this name. */
    private static Optional<Person> named(List<Person> candidates, String nameOrAddress) {
        return candidates.stream().filter(p -> same(p.address(), nameOrAddress)).findFirst()
                .or(() -> candidates.stream().filter(p -> same(p.name(), nameOrAddress)).findFirst());
    }

    private static boolean same(String one, String other) {
        return one != null && other != null && one.strip().toLowerCase(Locale.ROOT).equals(other.strip()
                .toLowerCase(Locale.ROOT));
    }

    private static <T> T or(T typed, T read) {
        return typed != null ? typed : read;
    }

    /** What --dry-run prints: the story as it would be recorded ({@code now} when it gives no time). */
    Map<String, Object> fields(Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("referrer", person(referral.referrerName(), referral.referrerEmail()));
        Map<String, Object> client = person(referral.clientName(), referral.clientEmail());
        client.put("phone", referral.clientPhone());
        fields.put("client", client);
        fields.put("channel", Channels.word(referral.channel()));
        fields.put("need", referral.need());
        fields.put("received", (referral.receivedAt() == null ? now : referral.receivedAt()).toString());
        fields.put("messageId", referral.thread() == null ? null : referral.thread().messageId());
        fields.put("subject", referral.thread() == null ? null : referral.thread().subject());
        fields.put("candidates", candidates.stream().map(p -> person(p.name(), p.address())).toList());
        return fields;
    }

    private static Map<String, Object> person(String name, String email) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("email", email);
        return person;
    }
}
