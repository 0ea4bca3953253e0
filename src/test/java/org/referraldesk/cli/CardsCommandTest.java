package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** cards pdf|labels: the pending thank-you cards as real PDF files from the command line. */
class CardsCommandTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
        assertEquals(0, cli.run("referral", "add", "--referrer", "Zoë Ångström", "--client", "Ben Okafor",
                "--need", "a new boiler", "--received", "2026-03-09T08:00:00Z").code());
    }

    @Test
    void theCardListPdfHasTheReferrersCardWithItsAddressMissing() throws Exception {
        Path pdf = dir.resolve("cards.pdf");
        CliRun.Result result = cli.run("cards", "pdf", pdf.toString(), "--paper", "a4");

        assertEquals(0, result.code(), result.err());
        assertEquals("Wrote 1 card to " + pdf + ".\n", result.out());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Zoë Ångström"), text);
            assertTrue(text.contains("address missing"), text);
        }
    }

    @Test
    void labelsLeaveOutAPartnerWithoutAnAddressAndSaySo() {
        Path pdf = dir.resolve("labels.pdf");
        CliRun.Result result = cli.run("cards", "labels", pdf.toString(), "--paper", "letter");

        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("no address for Zoë Ångström"), result.out());
        assertTrue(Files.exists(pdf));
    }

    @Test
    void anUnknownSheetIsAUsageErrorAndWritesNothing() {
        Path pdf = dir.resolve("x.pdf");
        CliRun.Result result = cli.run("cards", "poster", pdf.toString());

        assertEquals(2, result.code());
        assertFalse(Files.exists(pdf));
    }
}
