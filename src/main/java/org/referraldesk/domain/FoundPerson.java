package org.referraldesk.domain;

/**
 * A person the desk-wide search found: what it shows to tell two people apart (company, email,
 * phone) and who they are to the owner.
 */
public record FoundPerson(long id, String name, String company, String email, String phone, Role role) {

    /** Who a person is to the owner; a partner is a partner even when they were also a client. */
    public enum Role {
        /** Has sent the owner a referral (or was imported as a partner). */
        PARTNER,
        /** Was referred to the owner. */
        CLIENT,
        /** The owner sent a client on to them. */
        ONWARD,
        /** On the desk without a story yet. */
        CONTACT
    }
}
