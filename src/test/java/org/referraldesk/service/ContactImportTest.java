package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.testing.ImportCorpus;
import org.referraldesk.testing.TempDesk;

/** Every file of the contact corpus imports exactly as expected, or is refused whole with a clear reason. */
class ContactImportTest {
    @TempDir
    Path dir;
    TempDesk desk;
    ContactImport imports;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        imports = new ContactImport(desk.store(), TempDesk.CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<Contact> contacts() {
        return desk.in(tx -> tx.contacts().list());
    }

    private Contact contact(String name) {
        return contacts().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact " + name + " in " + contacts()));
    }

    private ImportReport importCorpus(String name) {
        return imports.importFile(ImportCorpus.file(name), ImportOptions.write());
    }

    @Test
    void aGoogleContactsExportWithBomKeepsEmojiAndRightToLeftNames() {
        ImportFile file = imports.open(ImportCorpus.file("google-contacts-old.csv"));
        assertEquals("UTF-8 with BOM", file.encoding());
        assertEquals("Google Contacts CSV", file.format());
        assertEquals("Name", file.headers().get(0), "the BOM is not part of the first header");

        ImportReport report = imports.run(file, file.suggestedMapping(), ImportOptions.write());

        assertEquals(4, report.imported());
        assertEquals(List.of(), report.rejected());
        Contact ada = contact("Ada Lovelace");
        assertEquals("ada@example.org", ada.email(), "the first of Google's ::: values");
        assertEquals("+44 20 7946 0001", ada.phone());
        assertEquals("Analytical Engines Ltd", ada.company());
        assertEquals("12 St James's Square, London", ada.address());
        assertEquals("Met at the maths fair", ada.notes());
        assertEquals("zoe@example.org", contact("Zoë 🌻 Baker").email());
        assertEquals("+971 4 555 0101", contact("دانا حداد").phone());
        assertEquals("noa@example.co.il", contact("נועה כהן").email());
    }

    @Test
    void theNewerGoogleHeaderJoinsFirstAndLastName() {
        ImportReport report = importCorpus("google-contacts-new.csv");

        assertEquals(2, report.imported());
        Contact grace = contact("Grace Hopper");
        assertEquals("grace@example.org", grace.email());
        assertEquals("Navy Computing", grace.company());
        assertEquals("+1 202 555 0142", grace.phone());
        assertEquals("+1 503 555 0199", contact("Linus Pauling").phone());
    }

    @Test
    void anOutlookExportInWindows1252KeepsItsAccentsAndJoinsTheAddress() {
        ImportFile file = imports.open(ImportCorpus.file("outlook-windows-1252.csv"));
        assertEquals("Windows-1252", file.encoding());
        assertEquals("Outlook contacts CSV", file.format());

        imports.run(file, file.suggestedMapping(), ImportOptions.write());

        Contact juergen = contact("Jürgen Müller");
        assertEquals("Café Straße GmbH", juergen.company());
        assertEquals("juergen@example.de", juergen.email());
        assertEquals("+49 221 555 010", juergen.phone());
        assertEquals("Hauptstraße 5, Köln, 50667, Germany", juergen.address());
        assertEquals("Liebt Kaffee – schwarz", juergen.notes());
        assertEquals("+33 6 55 55 01 02", contact("Renée Dubois").phone(), "the mobile when there is no business phone");
    }

    @Test
    void lineBreaksInsideQuotedFieldsStayAndRejectedRowsKeepTheirFileLine() {
        ImportReport report = importCorpus("crlf-in-quotes.csv");

        assertEquals(2, report.imported());
        assertEquals(List.of(new RowNote(5,
                "\"not-an-email\" is not an email address such as name@example.com.")), report.rejected());
        assertEquals("First line\r\nsecond line\r\nthird line", contact("Kim Park").notes());
        assertEquals("Quote \"inside\" and a comma, too", contact("Lee Chen").notes());
    }

    @Test
    void duplicatesInTheFileAndInTheDeskAreSkippedAndReported() {
        desk.use(tx -> tx.contacts().insert(new Contact(0, "Ada Lovelace", null, "ada@example.org", null, null, null),
                TempDesk.NOW));

        ImportReport report = importCorpus("duplicates.csv");

        assertEquals(2, report.imported());
        assertEquals(3, report.skipped());
        assertEquals(0, report.merged());
        assertEquals(List.of(3, 5, 6), report.duplicates().stream().map(RowNote::line).toList());
        assertEquals("\"Samuel Taylor\" is already known as \"Sam Taylor\" (same email sam@example.org)",
                report.duplicates().get(0).text());
        assertEquals("\"jo reed\" is already known as \"Jo Reed\" (same name and phone +44 (0)7700 900002)",
                report.duplicates().get(1).text().replace("jo  reed", "jo reed"));
        assertEquals(List.of("Ada Lovelace", "Jo Reed", "Sam Taylor"), contacts().stream().map(Contact::name).toList());
        assertEquals(null, contact("Sam Taylor").company(), "nothing merged unless asked");
    }

    @Test
    void mergingFillsTheKnownContactsBlankFieldsAndOverwritesNothing() {
        desk.use(tx -> tx.contacts().insert(new Contact(0, "Ada Lovelace", null, "ada@example.org", "+44 1", null, null),
                TempDesk.NOW));

        ImportReport report = imports.importFile(ImportCorpus.file("duplicates.csv"),
                ImportOptions.write().mergingDuplicates(true));

        assertEquals(2, report.imported());
        assertEquals(3, report.merged());
        assertEquals("Taylor & Sons", contact("Sam Taylor").company());
        assertEquals("Reed Plumbing", contact("Jo Reed").company());
        Contact ada = contact("Ada Lovelace");
        assertEquals("Analytical Engines Ltd", ada.company());
        assertEquals("+44 1", ada.phone(), "a known value is kept");
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        importCorpus("google-contacts-old.csv");
        List<Contact> once = contacts();

        ImportReport again = imports.importFile(ImportCorpus.file("google-contacts-old.csv"),
                ImportOptions.write().mergingDuplicates(true));

        assertEquals(0, again.imported());
        assertEquals(0, again.merged());
        assertEquals(4, again.skipped());
        assertEquals(once, contacts());
    }

    @Test
    void aRightToLeftOverrideIsNotStoredButTheTextAroundItIs() {
        importCorpus("bidi-override.csv");

        Contact spoof = contact("Invoice exe.live");
        assertEquals("see attached", spoof.notes());
        assertFalse(contacts().stream().anyMatch(c -> c.name().contains("\u202E")));
    }

    @Test
    void aBinaryFileIsRefusedWholeAndChangesNothing() {
        desk.assertRefused("picture-renamed.csv is not a text file: it contains NUL bytes (an image, a spreadsheet "
                + "or a UTF-16 file?). Save it as CSV (UTF-8) or vCard and try again.",
                () -> importCorpus("picture-renamed.csv"));
    }

    @Test
    void aFileWithUnknownColumnsIsRefusedUnlessMapped() {
        desk.assertRefused("The columns of own-columns.csv were not recognised as contacts (expected a Google "
                + "Contacts or Outlook export, a vCard file, or columns such as Name, Email, Phone).",
                () -> importCorpus("own-columns.csv"));

        ImportFile file = imports.open(ImportCorpus.file("own-columns.csv"));
        assertEquals(List.of("Wer", "Mail", "Handy", "Firma"), file.headers(), "semicolons separate the columns");
        ColumnMapping mapping = ColumnMapping.none().with(ImportField.NAME, "Wer").with(ImportField.EMAIL, "Mail")
                .with(ImportField.PHONE, "Handy").with(ImportField.COMPANY, "Firma");
        assertEquals("Petra Schmidt", file.preview(mapping, 5).get(0).value(ImportField.NAME));
        ImportReport report = imports.run(file, mapping, ImportOptions.write());

        assertEquals(2, report.imported());
        assertEquals("Schmidt Bau", contact("Petra Schmidt").company());
        assertEquals("+49 30 555 0123", contact("Petra Schmidt").phone());
    }

    @Test
    void aMappingNamingAMissingColumnIsRefused() {
        ImportFile file = imports.open(ImportCorpus.file("own-columns.csv"));

        desk.assertRefused("own-columns.csv has no column \"Name\" (its columns are \"Wer\", \"Mail\", \"Handy\", \"Firma\").",
                () -> imports.run(file, ColumnMapping.none().with(ImportField.NAME, "Name"), ImportOptions.write()));
    }

    @Test
    void aOneMegabyteFieldRejectsItsRowWithTheLineAndTheRestImports() throws Exception {
        Path big = dir.resolve("big-notes.csv");
        Files.writeString(big, "Name,Email,Notes\nSmall Note,small@example.org,fine\nBig Note,big@example.org,\""
                + "x".repeat(1024 * 1024) + "\"\nAfter Big,after@example.org,\n", StandardCharsets.UTF_8);

        ImportReport report = imports.importFile(big, ImportOptions.write());

        assertEquals(2, report.imported());
        assertEquals(List.of(new RowNote(3, "The notes is 1,048,576 characters long; at most 4,000 fit.")),
                report.rejected());
        assertEquals(List.of("After Big", "Small Note"), contacts().stream().map(Contact::name).toList());
    }

    @Test
    void aDryRunReportsTheSameAndWritesNothing() {
        TempDesk.Snapshot before = desk.snapshot();

        ImportReport trial = imports.importFile(ImportCorpus.file("crlf-in-quotes.csv"), ImportOptions.trial());

        assertTrue(trial.dryRun());
        assertEquals(2, trial.imported());
        assertEquals(1, trial.rejected().size());
        assertEquals(before, desk.snapshot());
    }

    @Test
    void cancellingBetweenBatchesRollsTheWholeImportBack() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 250; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.org\n");
        }
        Path many = dir.resolve("many.csv");
        Files.writeString(many, csv);
        List<Integer> progress = new ArrayList<>();

        ImportCancelled cancelled = assertThrows(ImportCancelled.class, () -> imports.importFile(many,
                ImportOptions.write().reportingTo((done, total) -> progress.add(done), () -> progress.contains(200))));

        assertEquals("Import cancelled after 200 of 250 rows; nothing was imported.", cancelled.getMessage());
        assertEquals(List.of(0, 100, 200), progress);
        assertEquals(List.of(), contacts());
    }

    @Test
    void fiveThousandRowsImportInOneTransactionTellingProgressEveryHundredRows() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email,Phone\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.org,+44 7700 ").append(i).append('\n');
        }
        Path many = dir.resolve("five-thousand.csv");
        Files.writeString(many, csv);
        List<Integer> progress = new ArrayList<>();

        long started = System.nanoTime();
        ImportReport report = imports.importFile(many, ImportOptions.write().reportingTo((done, total) -> progress.add(done), null));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(5000, report.imported());
        assertEquals(51, progress.size(), "0, 100, ... 4900, then 5000");
        assertEquals(5000, desk.count(tx -> tx.contacts().count()));
        System.out.println("5000 contacts imported in " + millis + " ms");
    }

    @Test
    void vCard21QuotedPrintableIsDecoded() {
        ImportFile file = imports.open(ImportCorpus.file("vcard-21-qp.vcf"));
        assertEquals("vCard 2.1", file.format());

        imports.run(file, file.suggestedMapping(), ImportOptions.write());

        Contact joerg = contact("Jörg Müller");
        assertEquals("joerg@example.de", joerg.email());
        assertEquals("+49 170 5550123", joerg.phone());
        assertEquals("Heizung Mueller", joerg.company());
        assertEquals("Kennt den Hausmeister\r\nvom Büro nebenan", joerg.notes(),
                "a quoted-printable soft line break joins the lines as Outlook wrote them");
    }

    @Test
    void vCard30CardsBecomeContactsWithTheirAddress() {
        ImportReport report = importCorpus("vcard-30.vcf");

        assertEquals(2, report.imported());
        Contact chidi = contact("Chidi Okafor");
        assertEquals("Okafor Design, Studio", chidi.company());
        assertEquals("+234 1 555 0100", chidi.phone());
        assertEquals("chidi@example.ng", chidi.email());
        assertEquals("12 Marina Road, Lagos, 101001, Nigeria", chidi.address());
        assertEquals("yara@example.org", contact("Yara Haddad").email());
    }

    @Test
    void aVCard40WithAPhotoImportsWithoutThePhoto() {
        ImportFile file = imports.open(ImportCorpus.file("vcard-40-photo.vcf"));
        assertEquals("vCard 4.0", file.format());

        imports.run(file, file.suggestedMapping(), ImportOptions.write());

        Contact mei = contact("Mei Lin 🌸");
        assertEquals("+86-10-5555-0101", mei.phone());
        assertEquals("mei@example.cn", mei.email());
        assertEquals("Prefers WeChat", mei.notes());
    }

    @Test
    void aRowWithoutNameCompanyOrEmailIsRejected() throws Exception {
        Path file = dir.resolve("blank.csv");
        Files.writeString(file, "Name,Email,Phone\n,,+44 1\nOk Person,,\n");

        ImportReport report = imports.importFile(file, ImportOptions.write());

        assertEquals(1, report.imported());
        assertEquals(List.of(new RowNote(2, "The row has no name, company or email.")), report.rejected());
        InvalidInput empty = assertThrows(InvalidInput.class, () -> {
            Path nothing = dir.resolve("empty.csv");
            Files.writeString(nothing, "");
            imports.open(nothing);
        });
        assertEquals("empty.csv is empty: there is no header row.", empty.getMessage());
    }
}
