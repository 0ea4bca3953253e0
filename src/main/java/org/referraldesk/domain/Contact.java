package org.referraldesk.domain;

/** A person or business: a referrer in one story, a client in another. */
public record Contact(long id, String name, String company, String email, String phone, String address,
        String notes) {

    public Contact {
        name = InvalidInput.requireLine("name", name, "label.contactName");
        company = InvalidInput.optionalLine(company);
        email = InvalidInput.optionalLine(email);
        phone = InvalidInput.optionalLine(phone);
        address = InvalidInput.optionalText(address);
        notes = InvalidInput.optionalText(notes);
    }

    /** A contact not yet stored (id 0) with only a name and an email. */
    public static Contact named(String name, String email) {
        return new Contact(0, name, null, email, null, null, null);
    }

    public Contact withId(long newId) {
        return new Contact(newId, name, company, email, phone, address, notes);
    }
}
