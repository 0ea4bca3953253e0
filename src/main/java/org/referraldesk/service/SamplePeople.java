package org.referraldesk.service;

import java.util.ArrayList;
import java.util.List;
import org.referraldesk.domain.Contact;

/** The people and needs of the sample desk: a small IT business and the people who refer to it. */
final class SamplePeople {
    private static final String[][] PARTNERS = {
        {"Junior Alvarez", "Alvarez Accounting", "junior@alvarez-accounting.example", "+44 20 7946 0101",
            "12 Quay Street\nBristol BS1 4DJ"},
        {"Margaret Okafor", "Okafor Legal", "margaret@okaforlegal.example", "+44 20 7946 0102",
            "4 Chancery Lane\nLondon WC2A 1LS"},
        {"Tom Brennan", "Brennan Property", "tom@brennanproperty.example", "+44 20 7946 0103",
            "88 High Street\nBath BA1 5AQ"},
        {"Priya Natarajan", "Harbour Bank", "priya.natarajan@harbourbank.example", "+44 20 7946 0104",
            "1 Harbour Square\nBristol BS1 5TT"},
        {"Zoë Lefèvre", "Lefèvre Design", "zoe@lefevre.example", "+44 20 7946 0105", null},
        {"Sam Whitaker", "Whitaker Insurance", "sam@whitaker-ins.example", "+44 20 7946 0106",
            "23 Mill Road\nCambridge CB1 2AD"},
        {"Aisha Rahman", "Rahman Dental", "aisha@rahmandental.example", "+44 20 7946 0107",
            "7 Park Row\nLeeds LS1 5HD"},
        {"Dieter Vogel", "Vogel Architects", "dieter@vogel-arch.example", "+49 30 901820",
            "Friedrichstraße 12\n10117 Berlin"},
        {"Grace Kim", "Kim & Co Bookkeeping", "grace@kimco.example", "+44 20 7946 0109",
            "55 Deansgate\nManchester M3 2BW"},
        {"Liam O'Connor", "O'Connor Builders", "liam@oconnorbuild.example", "+353 1 555 0110",
            "3 Dock Road\nDublin D02"},
        {"Fatima Haddad", "Chamber of Commerce", "fatima@chamber.example", "+44 20 7946 0111",
            "Chamber House, 2 Corn Street\nBristol BS1 1HT"},
        {"José Martins", "Martins Café", "jose@martinscafe.example", "+44 20 7946 0112",
            "19 Gloucester Road\nBristol BS7 8AE"},
        // the last four try the window's edges: an 80-character name at a long company, a name in
        // Arabic (Salma Youssef), one in Hebrew (Noa Levi) and one with an emoji
        {"Maximiliane Alexandra Theodora von Hohenberg-Schwarzenfeld zu Lichtenstein-Amsel",
            "Hohenberg-Schwarzenfeld Steuerberatung, Wirtschaftsprüfung und Unternehmensberatung GmbH & Co. KG",
            "maximiliane@hohenberg.example", "+49 89 2019 0113", "Maximilianstraße 40\n80539 München"},
        {"\u0633\u0644\u0645\u0649 \u064a\u0648\u0633\u0641", "Youssef Translations", "salma@youssef.example",
            "+44 20 7946 0114", "9 Stokes Croft\nBristol BS1 3PR"},
        {"\u05e0\u05d5\u05e2\u05d4 \u05dc\u05d5\u05d9", "Levi Studio", "noa@levistudio.example", "+972 3 555 0115",
            null},
        {"Benny Okoro \ud83c\udf89", "Okoro Events", "benny@okoroevents.example", "+44 20 7946 0116",
            "2 Wine Street\nBristol BS1 2PH"},
    };
    /** How many of the partners above bring the forty planned stories; the others bring the extra ones. */
    static final int PLANNED_PARTNERS = 12;
    private static final String[] CLIENT_NAMES = {
        "Helen Carter", "Bright Smiles Dental", "Owen Price", "Ruth Adeyemi", "Northside Vets", "Karl Jensen",
        // Karim Nasser, written in Arabic: the card list shows right-to-left text
        "\u0643\u0631\u064a\u0645 \u0646\u0627\u0635\u0631",
        "Fenwick & Daughters", "Ben Shaw", "Lucy Tran", "Patel Pharmacy", "Ivan Petrov",
        "Clara Hughes", "Redwood Nursery", "Nadia Costa", "George Bell", "Hill Street Gym", "Emma Novak",
        "Arjun Mehta", "Castle Bakery", "Sophie Laurent", "Daniel Reid", "Greenway Florists", "Olga Ivanova",
        "Marcus Green", "Tidewater Surveyors", "Hannah Fischer", "Noah Walsh", "Lotus Yoga Studio", "Eva Horvat",
        "Kofi Mensah", "Beacon Tutors", "Isla Murray", "Pedro Sánchez", "Oak Lane Solicitors", "Yuki Tanaka",
        "Ella Robinson", "Summit Physio", "Victor Dubois", "Amara Obi",
        "Bayview Dental Practice", "Felix Wagner", "Marta Nowak", "Riverside Print", "Lena Berg", "Tariq Aziz",
        "Harbour Wines", "Chloe Martin"};
    private static final String[] NEEDS = {
        "New laptops and set-up for a six-person office", "Nightly backups for the practice's patient records",
        "Wi-Fi that reaches the back rooms", "Move email to Microsoft 365", "A firewall for the surgery network",
        "Someone to look after the office PCs every month", "Recover files from a failed disk",
        "Phones for the new shop", "Set up a shared calendar for the team", "Replace the old server",
        "Protect the tills from ransomware", "Help choosing a booking system"};
    private static final String[] NOT_A_FIT = {
        "They need a web designer, not IT support", "Budget is well below a managed service",
        "They want someone on site every day", "The job is a one-off phone repair"};
    private static final String[] ONWARD = {"Zoë Lefèvre", "the local repair café", null, "Brightwire Electrical"};
    private static final String[] LOST = {
        "Chose their nephew's firm", "Went with a cheaper national provider", "Project shelved until next year",
        "Decided to keep the old system"};

    private SamplePeople() {
    }

    static List<Contact> partners() {
        List<Contact> out = new ArrayList<>();
        for (String[] p : PARTNERS) {
            out.add(new Contact(0, p[0], p[1], p[2], p[3], p[4], null));
        }
        return out;
    }

    static List<Contact> clients() {
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < CLIENT_NAMES.length; i++) {
            String name = CLIENT_NAMES[i];
            String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
            // a name written only in another script (the Arabic one) gets a plain address of its own
            String email = (local.equals(".") ? "client" + i : local) + "@mail.example";
            out.add(new Contact(0, name, null, email, "+44 7700 900" + String.format("%03d", i), null, null));
        }
        return out;
    }

    static String need(int i) {
        return NEEDS[i % NEEDS.length];
    }

    static String notAFitReason(int i) {
        return NOT_A_FIT[i % NOT_A_FIT.length];
    }

    static String onward(int i) {
        return ONWARD[i % ONWARD.length];
    }

    static String lostReason(int i) {
        return LOST[i % LOST.length];
    }
}
