package org.referraldesk.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a column of an imported file can mean. Contact imports use the first group, web-form
 * referral imports the second. The key is the field's name in a mapping file
 * ({@code referrer.name=Your name}); a joined field puts all its columns together (an address from
 * street, city and postcode), any other field takes the first column that has a value.
 */
public enum ImportField {
    NAME("name", false),
    FIRST_NAME("first.name", false),
    LAST_NAME("last.name", false),
    COMPANY("company", false),
    EMAIL("email", false),
    PHONE("phone", false),
    ADDRESS("address", true),
    NOTES("notes", true),
    REFERRER_NAME("referrer.name", false),
    REFERRER_EMAIL("referrer.email", false),
    CLIENT_NAME("client.name", false),
    CLIENT_EMAIL("client.email", false),
    CLIENT_PHONE("client.phone", false),
    NEED("need", true),
    RECEIVED_AT("received.at", false);

    public static final Set<ImportField> CONTACT = EnumSet.range(NAME, NOTES);
    public static final Set<ImportField> REFERRAL = EnumSet.range(REFERRER_NAME, RECEIVED_AT);

    private final String key;
    private final boolean joined;

    ImportField(String key, boolean joined) {
        this.key = key;
        this.joined = joined;
    }

    /** The field's name in a mapping file. */
    public String key() {
        return key;
    }

    /** Whether all the field's columns are put together (else the first one with a value counts). */
    public boolean joined() {
        return joined;
    }

    public static Optional<ImportField> byKey(String key) {
        for (ImportField field : values()) {
            if (field.key.equalsIgnoreCase(key.strip())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
