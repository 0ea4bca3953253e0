package org.referraldesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.imports.ContactHeaders;
import org.referraldesk.io.imports.ImportFiles;
import org.referraldesk.io.imports.Table;
import org.referraldesk.store.Store;
import org.referraldesk.store.ContactDao;

/**
 * Imports contacts from CSV (Google Contacts, Outlook, or any sheet through a mapping) and vCard
 * files, as one transaction. A row that matches a known contact or an earlier row (see
 * {@link ContactIndex}) is a duplicate: skipped, or merged (its values fill the known contact's
 * blank fields) when the caller asks. Importing the same file twice adds nothing.
 */
public final class ContactImport implements Importer {
    private final Store store;
    private final Clock clock;

    public ContactImport(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean merges() {
        return true;
    }

    @Override
    public ImportFile open(Path file) {
        ImportFiles.ReadFile read = ImportFiles.read(file);
        return new ImportFile(read, ContactHeaders.recognise(read.table()), ImportField.CONTACT, clock.getZone());
    }

    /** Reads and imports a file whose header is recognised (the command line's way); else refuses it. */
    public ImportReport importFile(Path file, ImportOptions options) {
        ImportFile read = open(file);
        if (!read.recognised()) {
            throw new InvalidInput("file", "import.contacts.unrecognised", read.name());
        }
        return run(read, read.suggestedMapping(), options);
    }

    /** Imports {@code file}'s rows through {@code mapping}, as one transaction (none of it on a dry run or cancel). */
    @Override
    public ImportReport run(ImportFile file, ColumnMapping mapping, ImportOptions options) {
        file.check(mapping);
        if (!mapping.maps(ImportField.NAME) && !mapping.maps(ImportField.FIRST_NAME)
                && !mapping.maps(ImportField.LAST_NAME) && !mapping.maps(ImportField.EMAIL)) {
            throw new InvalidInput("mapping", "import.contacts.nameColumn");
        }
        Instant now = clock.instant();
        Table table = file.table();
        return ImportRun.run(store, table.rows(), options, tx -> new Rows(tx.contacts(),
                new ContactIndex(tx.contacts().list()), table, mapping, options.mergeDuplicates(), now));
    }

    /**
     * The rows of one import: duplicates found in memory against the desk's contacts (read once) and
     * the rows before; new contacts kept (under stand-in ids below zero, so a later row can merge into
     * them) and inserted in one batch after the last row.
     */
    private static final class Rows implements ImportRun.RowImporter {
        private final ContactDao contacts;
        private final ContactIndex index;
        private final Table table;
        private final ColumnMapping mapping;
        private final boolean merge;
        private final Instant now;
        private final Map<Long, Contact> added = new LinkedHashMap<>();

        Rows(ContactDao contacts, ContactIndex index, Table table, ColumnMapping mapping, boolean merge, Instant now) {
            this.contacts = contacts;
            this.index = index;
            this.table = table;
            this.mapping = mapping;
            this.merge = merge;
            this.now = now;
        }

        @Override
        public ImportRun.Result row(Table.Row row) {
            Contact wanted = contact(table, row, mapping);
            var known = index.match(wanted);
            if (known.isEmpty()) {
                Contact kept = wanted.withId(-1L - added.size());
                added.put(kept.id(), kept);
                index.put(kept);
                return ImportRun.Result.imported();
            }
            Contact before = known.get();
            String why = "\"" + wanted.name() + "\" is already known as \"" + before.name() + "\" ("
                    + ContactIndex.reason(wanted, before) + ")";
            Contact after = filled(before, wanted);
            if (!merge || after.equals(before)) {
                return new ImportRun.Result(ImportRun.Kind.SKIPPED, why + (merge ? "; nothing new to merge" : ""));
            }
            if (after.id() < 0) {
                added.put(after.id(), after);
            } else {
                contacts.update(after);
            }
            index.replace(before, after);
            return new ImportRun.Result(ImportRun.Kind.MERGED, why + "; merged");
        }

        @Override
        public void finish() {
            if (!added.isEmpty()) {
                contacts.insertAll(added.values(), now);
            }
        }
    }

    /** The known contact with its blank fields filled from the imported row; nothing known is overwritten. */
    private static Contact filled(Contact known, Contact row) {
        return new Contact(known.id(), known.name(), or(known.company(), row.company()), or(known.email(), row.email()),
                or(known.phone(), row.phone()), or(known.address(), row.address()), or(known.notes(), row.notes()));
    }

    private static String or(String kept, String offered) {
        return kept != null ? kept : offered;
    }

    /** The contact a row describes; refuses a row without a name, or with a value too long to keep. */
    static Contact contact(Table table, Table.Row row, ColumnMapping mapping) {
        String name = RowValues.of(table, row, mapping, ImportField.NAME);
        if (name.isEmpty()) {
            name = (RowValues.of(table, row, mapping, ImportField.FIRST_NAME) + " "
                    + RowValues.of(table, row, mapping, ImportField.LAST_NAME)).strip();
        }
        String company = FieldLimits.check("company", RowValues.of(table, row, mapping, ImportField.COMPANY),
                FieldLimits.COMPANY);
        String email = Checks.email("email", FieldLimits.check("email", RowValues.of(table, row, mapping,
                ImportField.EMAIL), FieldLimits.EMAIL));
        if (name.isEmpty()) {
            name = company != null ? company : email != null ? email : "";
        }
        if (name.isEmpty()) {
            throw new InvalidInput("name", "import.contacts.noName");
        }
        return new Contact(0, FieldLimits.check("name", name, FieldLimits.NAME), company, email,
                FieldLimits.check("phone", RowValues.of(table, row, mapping, ImportField.PHONE), FieldLimits.PHONE),
                FieldLimits.check("address", RowValues.of(table, row, mapping, ImportField.ADDRESS), FieldLimits.ADDRESS),
                FieldLimits.check("notes", RowValues.of(table, row, mapping, ImportField.NOTES), FieldLimits.NOTES));
    }
}
