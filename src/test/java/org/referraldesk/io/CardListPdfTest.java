package org.referraldesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;

/** The card list PDF: real text, fonts inside the file, every character with a glyph. */
class CardListPdfTest {
    static final String ZOE = "Zo\u00eb \u00c5ngstr\u00f6m";
    static final String HEBREW_STREET = "\u05e9\u05d3\u05e8\u05d5\u05ea \u05e8\u05d5\u05d8\u05e9\u05d9\u05dc\u05d3 1";
    static final String ARABIC_NAME = "\u0643\u0631\u064a\u0645 \u0646\u0627\u0635\u0631";

    @TempDir
    Path dir;

    static CardLine card(String name, String address) {
        return new CardLine(null, 1, name, address, "Referred Maria Lopez for a kitchen refit \u2014 won",
                "Hi " + name + ",\n\nThank you for sending Maria Lopez our way.\n\nWarm regards,\nSam");
    }

    @Test
    void accentsAnEmojiHebrewAndArabicAreWrittenWithEmbeddedFontsAndNoMissingGlyph() throws Exception {
        Path file = dir.resolve("cards.pdf");
        List<CardLine> cards = List.of(
                card(ZOE + " \ud83c\udf89", HEBREW_STREET + "\n\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1"),
                new CardLine(null, 2, ARABIC_NAME, null, "Referred " + ARABIC_NAME + ": Wi-Fi \u2014 won",
                        "\u0634\u0643\u0631\u0627 \ud83c\udf89\ufe0f"));
        new CardListPdf().write(cards, LocalDate.of(2026, 11, 23), Paper.A4, file);

        PdfChecks.Read pdf = PdfChecks.read(file);
        String text = Normalizer.normalize(pdf.text(), Normalizer.Form.NFKC);
        assertTrue(text.contains(ZOE), text);
        assertTrue(text.contains("address missing"), text);
        assertTrue(text.contains("Thank-you cards to write"), text);
        assertTrue(text.contains("Monday 23 November 2026 \u00b7 2 cards"), text);
        assertEquals(0, pdf.missingGlyphs(), "glyphs drawn as an empty box, of " + pdf.glyphs());
        assertEquals(java.util.Set.of(), pdf.fontsNotEmbedded());
        assertTrue(pdf.embeddedFonts().stream().anyMatch(f -> f.endsWith("+DejaVuSans")), pdf.embeddedFonts().toString());
        assertTrue(pdf.embeddedFonts().stream().anyMatch(f -> f.endsWith("+DejaVuSans-Bold")), pdf.embeddedFonts().toString());
        assertTrue(pdf.embeddedFonts().stream().anyMatch(f -> f.contains("Symbola")), "the emoji's font "
                + pdf.embeddedFonts());
        Path shots = Path.of(System.getProperty("rd.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.copy(file, shots.resolve("card-list-scripts.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void rightToLeftTextReadsBackInItsOwnOrder() throws Exception {
        Path file = dir.resolve("cards.pdf");
        new CardListPdf().write(List.of(card("Tomer", HEBREW_STREET)), LocalDate.of(2026, 11, 23), Paper.A4, file);
        String text = PdfChecks.read(file).text();
        String reversed = new StringBuilder(HEBREW_STREET).reverse().toString();
        assertTrue(text.contains("\u05e9\u05d3\u05e8\u05d5\u05ea") || text.contains(reversed), text);
    }

    @Test
    void aLongListRunsOverPagesWithoutSplittingAnEntry() throws Exception {
        Path file = dir.resolve("cards.pdf");
        List<CardLine> cards = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            cards.add(card("Partner " + i, "1 Long Road\nSometown ST" + i));
        }
        new CardListPdf().write(cards, LocalDate.of(2026, 11, 23), Paper.LETTER, file);
        PdfChecks.Read pdf = PdfChecks.read(file);
        assertTrue(pdf.pages().size() > 1, pdf.pages().size() + " pages");
        int entries = 0;
        for (String page : pdf.pages()) {
            int names = count(page, "\nPartner ") + (page.startsWith("Partner ") ? 1 : 0);
            assertEquals(count(page, "Sometown ST"), count(page, "Referred Maria Lopez"), "whole entries");
            entries += count(page, "Referred Maria Lopez");
            assertTrue(names >= count(page, "Sometown ST"));
        }
        assertEquals(25, entries);
        assertTrue(pdf.pages().get(pdf.pages().size() - 1).contains("page " + pdf.pages().size() + " of "
                + pdf.pages().size()));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
