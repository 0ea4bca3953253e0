package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;
import org.referraldesk.io.PdfChecks;
import org.referraldesk.store.Store;

/** The sample desk's card list and labels as PDF files, read back with PDFBox's text extraction. */
class CardSheetsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Store store;
    private List<CardLine> pending;

    @BeforeEach
    void sampleDesk() {
        store = Store.open(dir.resolve("desk"));
        new SampleData(store, CLOCK).fill();
        pending = new CardList(store, CLOCK).pending();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSampleCardListHasExactlyOneEntryPerPendingCard() throws Exception {
        Path file = dir.resolve("cards.pdf");
        new CardSheets(CLOCK).saveCardList(pending, Paper.A4, file);

        PdfChecks.Read pdf = PdfChecks.read(file);
        String text = pdf.text();
        // a long name wraps onto further lines (between words, or inside one too long for a line)
        String unwrapped = text.replaceAll("\\s+", "");
        assertEquals(pending.size(), count(text, "Referred "), text);
        for (String name : pending.stream().map(CardLine::name).distinct().toList()) {
            long cards = pending.stream().filter(c -> c.name().equals(name)).count();
            // each entry names the partner above the address and greets them by first name in the message
            assertEquals(cards, count(unwrapped, name.replaceAll("\\s+", "")), name);
            assertEquals(cards, count(text, "Dear " + name.split(" ")[0] + ","), name);
        }
        assertEquals(pending.stream().filter(c -> !c.hasAddress()).count(), count(text, "address missing"));
        assertTrue(text.contains("Zoë Lefèvre"), text);
        assertEquals(0, pdf.missingGlyphs());
        keep(file, "card-list-sample.pdf");
    }

    @Test
    void withoutAPaperChosenTheListIsOnTheLocalesPaper() throws Exception {
        Path file = dir.resolve("cards.pdf");
        new CardSheets(CLOCK).saveCardList(pending, file);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(Paper.forLocale(java.util.Locale.getDefault()).width(),
                    pdf.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void thePrintedPagesAreTheCardListPdfAsImages() throws Exception {
        List<BufferedImage> pages = new CardSheets(CLOCK).printPages(pending, Paper.A4, 96);
        assertTrue(pages.size() >= 2, pages.size() + " pages");
        assertEquals(Math.round(595.28 / 72 * 96), pages.get(0).getWidth(), 1);
        Path shots = Path.of(System.getProperty("rd.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ImageIO.write(pages.get(0), "png", shots.resolve("96-card-list-pdf.png").toFile());
    }

    @Test
    void theSampleLabelsLeaveOffThePartnerWithoutAnAddress() throws Exception {
        Path file = dir.resolve("labels.pdf");
        CardSheets.LabelsSaved saved = new CardSheets(CLOCK).saveLabels(pending, Paper.LETTER, file);
        assertEquals(List.of("Zoë Lefèvre"), saved.withoutAddress());
        long partnersWithAddress = pending.stream().filter(CardLine::hasAddress).map(CardLine::partnerId).distinct()
                .count();
        assertEquals(partnersWithAddress, saved.labels(), "one label per partner");
        assertTrue(saved.labels() < pending.size() - 1, "some partners have two cards but get one label");
        assertEquals(1, saved.pages());
        keep(file, "labels-sample.pdf");
    }

    private static void keep(Path file, String name) throws Exception {
        Path shots = Path.of(System.getProperty("rd.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        Files.copy(file, shots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
