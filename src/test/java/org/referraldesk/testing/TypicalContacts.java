package org.referraldesk.testing;

import org.referraldesk.domain.Contact;

/**
 * A few stored contacts. Anna and Carla are referrers (partners); Ben, David and Emma are clients
 * they sent us. Ids are fixed so that referrals and settings can name them.
 */
public final class TypicalContacts {

    public static final long ANNA_ID = 1;
    public static final long BEN_ID = 2;
    public static final long CARLA_ID = 3;
    public static final long DAVID_ID = 4;
    public static final long EMMA_ID = 5;

    public static final Contact ANNA = new Contact(ANNA_ID, "Anna Keller", "Keller Accounting",
            "anna@keller-accounting.example", "+49 30 1234567", "Hauptstr. 1, 10115 Berlin", "Likes a particular vodka");
    public static final Contact BEN = new Contact(BEN_ID, "Ben Okafor", null, "ben.okafor@example.com",
            "+49 170 5550101", null, null);
    public static final Contact CARLA = new Contact(CARLA_ID, "Carla Núñez", "Núñez & Hijos", "carla@nunez.example",
            null, null, "Prefers phone calls");
    public static final Contact DAVID = new Contact(DAVID_ID, "David Levi", null, "david@levi.example", null, null,
            null);
    public static final Contact EMMA = new Contact(EMMA_ID, "Emma Schäfer", "Schäfer Bau", null, "+49 89 987654",
            null, null);

    private TypicalContacts() {
    }
}
