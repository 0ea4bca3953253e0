package org.referraldesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;

/** Address labels: 3 × 10 to a sheet, on A4 and on Letter; no label for a missing address. */
class AddressLabelsPdfTest {
    @TempDir
    Path dir;

    private List<CardLine> cards(int withAddress) {
        List<CardLine> cards = new ArrayList<>();
        for (int i = 1; i <= withAddress; i++) {
            cards.add(new CardLine((long) i, i, "Label " + i + " Person", "1 Long Road\nSometown ST" + i, "", ""));
        }
        cards.add(new CardLine(99L, 99, "Zo\u00eb Lef\u00e8vre", null, "", ""));
        return cards;
    }

    @Test
    void aSheetHoldsThirtyLabelsAndTheNextStartsAnotherPage() throws Exception {
        for (Paper paper : Paper.values()) {
            Path file = dir.resolve("labels-" + paper + ".pdf");
            AddressLabelsPdf.Result result = new AddressLabelsPdf().write(cards(32), paper, file);
            assertEquals(32, result.labels());
            assertEquals(2, result.pages());
            PdfChecks.Read pdf = PdfChecks.read(file);
            assertEquals(2, pdf.pages().size());
            assertEquals(30, CardListPdfTest.count(pdf.pages().get(0), "Person"), paper + " page 1");
            assertEquals(30, CardListPdfTest.count(pdf.pages().get(0), "Sometown"), paper + " page 1");
            assertEquals(2, CardListPdfTest.count(pdf.pages().get(1), "Person"), paper + " page 2");
            assertEquals(0, pdf.missingGlyphs());
        }
    }

    @Test
    void aPartnerWithoutAnAddressGetsNoLabelAndIsNamedInTheResult() throws Exception {
        Path file = dir.resolve("labels.pdf");
        AddressLabelsPdf.Result result = new AddressLabelsPdf().write(cards(2), Paper.A4, file);
        assertEquals(List.of("Zo\u00eb Lef\u00e8vre"), result.withoutAddress());
        assertEquals(2, result.labels());
        assertFalse(PdfChecks.read(file).text().contains("Zo\u00eb"));
    }

    @Test
    void aPartnerWithTwoCardsGetsOneLabel() throws Exception {
        List<CardLine> twice = new ArrayList<>(cards(2));
        twice.add(new CardLine(7L, 1, "Label 1 Person", "1 Long Road\nSometown ST1", "", ""));
        AddressLabelsPdf.Result result = new AddressLabelsPdf().write(twice, Paper.A4, dir.resolve("labels.pdf"));
        assertEquals(2, result.labels());
    }

    @Test
    void theLabelsFitTheirSheet() {
        for (Paper paper : Paper.values()) {
            LabelSheet sheet = LabelSheet.of(paper);
            float right = sheet.left() + (sheet.columns() - 1) * sheet.across() + sheet.width();
            float bottom = sheet.top() + (sheet.rows() - 1) * sheet.down() + sheet.height();
            assertEquals(30, sheet.perPage());
            assertEquals(true, sheet.left() > 0 && right < paper.width(), paper + " across");
            assertEquals(true, sheet.top() > 0 && bottom < paper.height(), paper + " down");
        }
    }
}
