package org.referraldesk.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ImportField;
import org.referraldesk.service.ContactImport;
import org.referraldesk.service.ReferralImport;
import org.referraldesk.testing.ImportCorpus;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The import dialog's model, without a window, over a real desk. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    TempDesk desk;
    List<Throwable> failures = new ArrayList<>();
    BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
    ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), type -> null)
            .textFor(ImportViewModel.class);

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ImportViewModel contacts() {
        return new ImportViewModel(new ContactImport(desk.store(), TempDesk.CLOCK), tasks, Runnable::run, text);
    }

    private List<String> names() {
        return desk.in(tx -> tx.contacts().list()).stream().map(Contact::name).toList();
    }

    @Test
    void aRecognisedFileShowsItsFormatThePreselectedColumnsAndATrialReport() {
        ImportViewModel model = contacts();

        model.open(ImportCorpus.file("crlf-in-quotes.csv"));

        assertEquals("crlf-in-quotes.csv · 3 rows", model.fileTextProperty().get());
        assertEquals("Recognised as CSV with named columns, UTF-8", model.formatTextProperty().get());
        assertEquals("Email", model.chosen(ImportField.EMAIL));
        assertEquals(List.of(2, 5, 6), model.preview().stream().map(p -> p.line()).toList());
        assertEquals("Kim Park", model.preview().get(0).value(ImportField.NAME));
        assertEquals("A trial run found 2 to import, 0 to merge, 0 duplicates to skip and 1 rejected row. "
                + "Nothing is stored yet.", model.reportTextProperty().get());
        assertEquals(List.of(new ReportLine(ReportLine.Kind.REJECTED,
                "Line 5: \"not-an-email\" is not an email address such as name@example.com.")), model.reportLines());
        assertEquals(List.of(), names(), "a trial stores nothing");
    }

    @Test
    void choosingColumnsForAnUnknownFileFillsThePreviewAndImportStoresIt() {
        ImportViewModel model = contacts();
        model.open(ImportCorpus.file("own-columns.csv"));
        assertEquals("CSV, UTF-8 — choose which column holds what", model.formatTextProperty().get());
        assertNull(model.reportProperty().get());
        assertEquals("Choose the column that holds the name (or the email).", model.statusProperty().get());

        model.choose(ImportField.NAME, "Wer");
        model.choose(ImportField.PHONE, "Handy");

        assertEquals("Petra Schmidt", model.preview().get(0).value(ImportField.NAME));
        assertEquals("+49 30 555 0123", model.preview().get(0).value(ImportField.PHONE));
        assertEquals(2, model.reportProperty().get().imported());
        model.importNow();
        assertTrue(model.doneProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("Imported 2, merged 0, skipped 0 duplicates, rejected 0 rows.", model.reportTextProperty().get());
        assertEquals(List.of("Petra Schmidt", "Tom Berger"), names());
    }

    @Test
    void mergingDuplicatesIsOfferedForContactsAndRedoesTheTrial() {
        desk.use(tx -> tx.contacts().insert(Contact.named("Sam Taylor", "sam@example.org"), TempDesk.NOW));
        ImportViewModel model = contacts();
        model.open(ImportCorpus.file("duplicates.csv"));
        assertTrue(model.mergeOffered());
        assertEquals(3, model.reportProperty().get().skipped());

        model.mergeProperty().set(true);

        assertEquals(3, model.reportProperty().get().merged());
        assertEquals(ReportLine.Kind.DUPLICATE, model.reportLines().get(0).kind());
    }

    @Test
    void aBinaryFileShowsWhyAndOffersNoImport() {
        ImportViewModel model = contacts();

        model.open(ImportCorpus.file("picture-renamed.csv"));

        assertTrue(model.statusProperty().get().startsWith("picture-renamed.csv is not a text file"));
        assertNull(model.fileProperty().get());
        model.importNow();
        assertFalse(model.doneProperty().get());
        assertEquals(List.of(), names());
    }

    @Test
    void aCancelledImportKeepsNothingAndSaysSo() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 150; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.org\n");
        }
        Path many = dir.resolve("many.csv");
        Files.writeString(many, csv);
        ImportViewModel model = contacts();
        model.open(many);
        model.progressProperty().addListener((obs, was, now) -> {
            if (model.importingProperty().get() && now.doubleValue() > 0) {
                model.cancel();
            }
        });

        model.importNow();

        assertEquals("Import cancelled after 100 of 150 rows; nothing was imported.", model.statusProperty().get());
        assertFalse(model.doneProperty().get());
        assertEquals(List.of(), names());
    }

    @Test
    void webFormReferralsOfferNoMergeAndNameTheirFields() {
        ImportViewModel model = new ImportViewModel(new ReferralImport(desk.store(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T09:00:00Z"), TempDesk.CLOCK.getZone())),
                tasks, Runnable::run, text);

        model.open(ImportCorpus.file("google-forms-referrals.csv"));

        assertFalse(model.mergeOffered());
        assertEquals("Recognised as Google Forms export, UTF-8", model.formatTextProperty().get());
        assertEquals("Client's name", model.fieldLabel(ImportField.CLIENT_NAME));
        assertEquals("Your friend's name", model.chosen(ImportField.CLIENT_NAME));
        assertEquals(3, model.reportProperty().get().imported());
        assertEquals("Line 6: The client's name must not be blank.", model.reportLines().get(0).text());
    }
}
