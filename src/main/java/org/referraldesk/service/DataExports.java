package org.referraldesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.referraldesk.domain.Contact;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.ContactsCsv;
import org.referraldesk.io.ContactsVcard;
import org.referraldesk.io.ExportDocument;
import org.referraldesk.io.JsonExport;
import org.referraldesk.io.WholeFile;
import org.referraldesk.store.Store;

/**
 * The owner's data out of the desk: contacts as CSV or vCard 4.0, open follow-ups as iCalendar,
 * everything as one JSON document, or a backup. Each file is written whole or not at all; each
 * call returns how many contacts, follow-ups or rows it wrote.
 */
public final class DataExports {
    private final Store store;
    private final Clock clock;
    private final String madeBy;

    /** {@code madeBy} names the build in a backup's manifest, e.g. "Referral Desk 0.1.0". */
    public DataExports(Store store, Clock clock, String madeBy) {
        this.store = store;
        this.clock = clock;
        this.madeBy = madeBy;
    }

    public int contactsCsv(Path file) {
        List<Contact> contacts = new ContactDirectory(store).all();
        WholeFile.write(file, out -> new ContactsCsv().write(contacts, out));
        return contacts.size();
    }

    public int contactsVcard(Path file) {
        List<Contact> contacts = new ContactDirectory(store).all();
        WholeFile.write(file, out -> new ContactsVcard().write(contacts, out));
        return contacts.size();
    }

    public int followUpsCalendar(Path file) {
        return new CalendarExport(store, clock).export(file);
    }

    /** Everything as one JSON document; returns the number of rows. */
    public int everything(Path file) {
        ExportDocument document = document();
        WholeFile.write(file, out -> new JsonExport().write(document, out));
        return document.rowCount();
    }

    /** A backup (.rdbackup): the JSON document and a manifest in a zip; returns the number of rows. */
    public int backup(Path file) {
        ExportDocument document = document();
        WholeFile.write(file, out -> new BackupArchive(DeskKey.of(store)).write(document, madeBy, out));
        return document.rowCount();
    }

    /** As {@link #backup(Path)}; returns the backup as its folder lists it. */
    BackupFile backupFile(Path file) {
        ExportDocument document = document();
        WholeFile.write(file, out -> new BackupArchive(DeskKey.of(store)).write(document, madeBy, out));
        return new BackupFile(file, document.exportedAt(), document.rowsOf("referral"), document.rowsOf("contact"));
    }

    /** Every table, read in one transaction that sees one moment of the whole desk, stamped with the clock's time. */
    public ExportDocument document() {
        return store.inSnapshot(tx -> ExportDocument.of(tx.dataTables().schemaVersion(), clock.instant(),
                tx.dataTables().readAll()));
    }
}
