package org.referraldesk.io.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;

/**
 * Recognises the contact exports owners bring: Google Contacts (the older "Name, Given Name,
 * Family Name ... Organization 1 - Name" header and the newer "First Name, Last Name ...
 * Organization Name" one), Outlook ("E-mail Address", "Business Phone", "Company"), a vCard file's
 * rows, and a plain sheet whose columns are called Name, Email, Phone and so on.
 */
public final class ContactHeaders {
    private ContactHeaders() {
    }

    public static Optional<Recognised> recognise(Table table) {
        if (table.format().startsWith("vCard")) {
            return Optional.of(new Recognised(table.format(), new Mapper(table)
                    .map(ImportField.NAME, VCardTables.NAME).map(ImportField.COMPANY, VCardTables.ORGANIZATION)
                    .map(ImportField.EMAIL, VCardTables.EMAIL).map(ImportField.PHONE, VCardTables.PHONE)
                    .map(ImportField.ADDRESS, VCardTables.ADDRESS).map(ImportField.NOTES, VCardTables.NOTE).mapping));
        }
        if (table.hasHeader("E-mail Address") && table.hasHeader("First Name")) {
            return Optional.of(new Recognised(org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("contacts.outlook"), outlook(table)));
        }
        if (table.hasHeader("E-mail 1 - Value") || table.hasHeader("Given Name")) {
            return Optional.of(new Recognised(org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("contacts.google"), google(table)));
        }
        Mapper plain = plain(table);
        if (plain.mapping.maps(ImportField.NAME) || plain.mapping.maps(ImportField.FIRST_NAME)) {
            return Optional.of(new Recognised(org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").text("contacts.namedColumns"), plain.mapping));
        }
        return Optional.empty();
    }

    private static ColumnMapping google(Table table) {
        return new Mapper(table).map(ImportField.NAME, "Name")
                .map(ImportField.FIRST_NAME, "Given Name", "First Name")
                .map(ImportField.LAST_NAME, "Family Name", "Last Name")
                .map(ImportField.COMPANY, "Organization 1 - Name", "Organization Name")
                .map(ImportField.EMAIL, "E-mail 1 - Value", "E-mail 2 - Value")
                .map(ImportField.PHONE, "Phone 1 - Value", "Phone 2 - Value")
                .map(ImportField.ADDRESS, "Address 1 - Formatted")
                .map(ImportField.NOTES, "Notes").mapping;
    }

    private static ColumnMapping outlook(Table table) {
        return new Mapper(table).map(ImportField.FIRST_NAME, "First Name")
                .map(ImportField.LAST_NAME, "Last Name")
                .map(ImportField.COMPANY, "Company")
                .map(ImportField.EMAIL, "E-mail Address", "E-mail 2 Address")
                .map(ImportField.PHONE, "Mobile Phone", "Business Phone", "Home Phone")
                .map(ImportField.ADDRESS, "Business Street", "Business City", "Business State",
                        "Business Postal Code", "Business Country/Region")
                .map(ImportField.NOTES, "Notes").mapping;
    }

    private static Mapper plain(Table table) {
        Mapper mapper = new Mapper(table);
        for (String header : table.headers()) {
            String h = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (List.of("name", "full name", "contact", "contact name").contains(h)) {
                mapper.add(ImportField.NAME, header);
            } else if (List.of("first name", "given name", "first").contains(h)) {
                mapper.add(ImportField.FIRST_NAME, header);
            } else if (List.of("last name", "family name", "surname", "last").contains(h)) {
                mapper.add(ImportField.LAST_NAME, header);
            } else if (List.of("company", "organization", "organisation", "business").contains(h)) {
                mapper.add(ImportField.COMPANY, header);
            } else if (h.equals("email") || h.equals("e mail") || h.equals("email address")) {
                mapper.add(ImportField.EMAIL, header);
            } else if (List.of("phone", "telephone", "mobile", "phone number", "tel").contains(h)) {
                mapper.add(ImportField.PHONE, header);
            } else if (h.equals("address") || h.equals("postal address")) {
                mapper.add(ImportField.ADDRESS, header);
            } else if (h.equals("notes") || h.equals("note") || h.equals("comments")) {
                mapper.add(ImportField.NOTES, header);
            }
        }
        return mapper;
    }

    /** Builds a mapping from the headers the table really has. */
    static final class Mapper {
        private final Table table;
        ColumnMapping mapping = ColumnMapping.none();

        Mapper(Table table) {
            this.table = table;
        }

        Mapper map(ImportField field, String... headers) {
            for (String header : headers) {
                if (table.hasHeader(header)) {
                    add(field, header);
                }
            }
            return this;
        }

        void add(ImportField field, String header) {
            mapping = mapping.plus(field, header);
        }
    }
}
