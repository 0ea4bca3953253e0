package org.referraldesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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

    /** Everything as one JSON document, written as it is read (one snapshot); returns the number of rows. */
    public int everything(Path file) {
        int[] rows = new int[1];
        WholeFile.write(file, out -> store.inSnapshot(tx -> {
            try (JsonExport.Writer writer = new JsonExport().writer(out, ExportDocument.FORMAT_VERSION,
                    tx.dataTables().schemaVersion(), clock.instant())) {
                tx.dataTables().readEach(writer);
                writer.close();
                rows[0] = writer.rowCount();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }));
        return rows[0];
    }

    /** A backup (.rdbackup): the JSON document and a manifest in a zip; returns the number of rows. */
    public int backup(Path file) {
        return write(file, new Instant[1]).rows();
    }

    /** As {@link #backup(Path)}; returns the backup as its folder lists it. */
    BackupFile backupFile(Path file) {
        Instant[] at = new Instant[1];
        BackupArchive.Written written = write(file, at);
        return new BackupFile(file, at[0], written.stories(), written.contacts());
    }

    /**
     * Writes the backup as it reads the desk, in one snapshot transaction (the whole desk at one
     * moment), never holding the document in memory.
     */
    private BackupArchive.Written write(Path file, Instant[] at) {
        BackupArchive.Written[] written = new BackupArchive.Written[1];
        Path scratch = file.toAbsolutePath().getParent();
        WholeFile.write(file, out -> store.inSnapshot(tx -> {
            at[0] = clock.instant();
            try {
                written[0] = new BackupArchive(DeskKey.of(store)).write(ExportDocument.FORMAT_VERSION,
                        tx.dataTables().schemaVersion(), at[0], sink -> tx.dataTables().readEach(sink), madeBy, out,
                        scratch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }));
        return written[0];
    }

    /** Every table, read in one transaction that sees one moment of the whole desk, stamped with the clock's time. */
    public ExportDocument document() {
        return store.inSnapshot(tx -> ExportDocument.of(tx.dataTables().schemaVersion(), clock.instant(),
                tx.dataTables().readAll()));
    }
}
