package org.referraldesk.io;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.referraldesk.domain.Contact;

/**
 * Contacts as vCard 4.0 (RFC 6350) for an address book: name, company, email, phone (as text,
 * exactly as stored), postal address and notes, with a UID that stays the same every export.
 */
public final class ContactsVcard {

    /** Writes every contact as one vCard to {@code out} (UTF-8); the stream stays open. */
    public void write(List<Contact> contacts, OutputStream out) throws IOException {
        List<VCard> cards = new ArrayList<>();
        for (Contact contact : contacts) {
            cards.add(card(contact));
        }
        String text = Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static VCard card(Contact contact) {
        VCard card = new VCard();
        card.setUid(new Uid("urn:uuid:" + uid(contact.id())));
        card.setFormattedName(contact.name());
        if (contact.company() != null) {
            card.setOrganization(contact.company());
        }
        if (contact.email() != null) {
            card.addEmail(contact.email());
        }
        if (contact.phone() != null) {
            card.addTelephoneNumber(new Telephone(contact.phone()));
        }
        if (contact.address() != null) {
            Address address = new Address();
            address.setStreetAddress(contact.address());
            card.addAddress(address);
        }
        if (contact.notes() != null) {
            card.addNote(contact.notes());
        }
        return card;
    }

    /** The same UUID for the same contact every time, so an address book updates instead of doubling. */
    public static UUID uid(long contactId) {
        return UUID.nameUUIDFromBytes(("referral-desk-contact-" + contactId).getBytes(StandardCharsets.UTF_8));
    }
}
