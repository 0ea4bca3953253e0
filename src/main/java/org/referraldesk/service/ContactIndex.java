package org.referraldesk.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.SearchKey;

/**
 * The duplicate rule of contact imports: two contacts are the same person when their emails match
 * (case and surrounding blanks ignored), or when both their names (case and spacing ignored) and
 * their phone numbers (digits only, a leading 00 ignored) match.
 */
final class ContactIndex {
    private final Map<String, Contact> byEmail = new HashMap<>();
    private final Map<String, Contact> byNameAndPhone = new HashMap<>();

    ContactIndex(List<Contact> known) {
        known.forEach(this::put);
    }

    Optional<Contact> match(Contact wanted) {
        Contact found = emailKey(wanted) == null ? null : byEmail.get(emailKey(wanted));
        if (found == null && namePhoneKey(wanted) != null) {
            found = byNameAndPhone.get(namePhoneKey(wanted));
        }
        return Optional.ofNullable(found);
    }

    void put(Contact contact) {
        if (emailKey(contact) != null) {
            byEmail.putIfAbsent(emailKey(contact), contact);
        }
        if (namePhoneKey(contact) != null) {
            byNameAndPhone.putIfAbsent(namePhoneKey(contact), contact);
        }
    }

    /** Replaces a contact after a merge, under its old keys and its new ones. */
    void replace(Contact before, Contact after) {
        byEmail.replaceAll((key, c) -> c.id() == before.id() ? after : c);
        byNameAndPhone.replaceAll((key, c) -> c.id() == before.id() ? after : c);
        put(after);
    }

    /** Why {@code wanted} matches {@code known}: "same email a@b.org" or "same name and phone". */
    static String reason(Contact wanted, Contact known) {
        if (emailKey(wanted) != null && emailKey(wanted).equals(emailKey(known))) {
            return org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").format("duplicate.sameEmail", known.email());
        }
        return org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").format("duplicate.sameNameAndPhone",
                String.valueOf(known.phone()));
    }

    static String emailKey(Contact c) {
        return c.email() == null ? null : c.email().strip().toLowerCase(Locale.ROOT);
    }

    static String namePhoneKey(Contact c) {
        if (c.phone() == null) {
            return null;
        }
        String digits = SearchKey.digitsOf(c.phone()); // a leading 00 does not count
        return digits.isEmpty() ? null : c.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + "|" + digits;
    }
}
