package org.referraldesk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;

/**
 * Address labels for the cards on a 3 × 10 label sheet ({@link LabelSheet}), filled row by row: the
 * partner's name in bold and up to four address lines; one label per partner, however many of their
 * cards are listed (they go in one envelope). A card without an address gets no label
 * (a label saying "address missing" would waste a sticker): the result names who was left off.
 */
public final class AddressLabelsPdf {
    static final float INSET = 9;
    static final float NAME = 9.5f;
    static final float LINE = 8.5f;
    static final int MAX_ADDRESS_LINES = 4;

    /** How many labels were written, and the partners left off because their address is missing. */
    public record Result(int labels, int pages, List<String> withoutAddress) {
        public Result {
            withoutAddress = List.copyOf(withoutAddress);
        }
    }

    /** Writes the labels to {@code file}, replacing it whole. */
    public Result write(List<CardLine> cards, Paper paper, Path file) {
        Result[] result = new Result[1];
        PdfPages.save(file, out -> result[0] = write(cards, paper, out));
        return result[0];
    }

    Result write(List<CardLine> cards, Paper paper, OutputStream out) throws IOException {
        LabelSheet sheet = LabelSheet.of(paper);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<CardLine> people = cards.stream().filter(card -> seen.add(card.partnerId())).toList();
        List<CardLine> labelled = people.stream().filter(CardLine::hasAddress).toList();
        List<String> missing = people.stream().filter(card -> !card.hasAddress()).map(CardLine::name).toList();
        int pages = 0;
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            document.getDocumentInformation().setTitle(java.util.ResourceBundle.getBundle("org.referraldesk.io.cards").getString("labels.title"));
            document.getDocumentInformation().setCreator("Referral Desk");
            PdfText pdf = new PdfText(fonts);
            PDPageContentStream page = null;
            for (int i = 0; i < labelled.size(); i++) {
                int slot = i % sheet.perPage();
                if (slot == 0) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage next = new PDPage(new PDRectangle(paper.width(), paper.height()));
                    document.addPage(next);
                    page = new PDPageContentStream(document, next);
                    page.setNonStrokingColor(CardListPdf.INK);
                    pages++;
                }
                float x = sheet.left() + (slot % sheet.columns()) * sheet.across();
                float top = paper.height() - sheet.top() - (slot / sheet.columns()) * sheet.down();
                label(pdf, page, labelled.get(i), x, top, sheet);
            }
            if (page != null) {
                page.close();
            }
            if (pages == 0) {
                document.addPage(new PDPage(new PDRectangle(paper.width(), paper.height())));
            }
            document.save(out);
        }
        return new Result(labelled.size(), pages, missing);
    }

    private static void label(PdfText pdf, PDPageContentStream page, CardLine card, float x, float top,
            LabelSheet sheet) {
        float max = sheet.width() - 2 * INSET;
        List<String> lines = new ArrayList<>(card.addressLines());
        if (lines.size() > MAX_ADDRESS_LINES) {
            List<String> rest = lines.subList(MAX_ADDRESS_LINES - 1, lines.size());
            String joined = String.join(", ", rest);
            rest.clear();
            lines.add(joined);
        }
        float height = NAME * 1.25f + lines.size() * LINE * 1.25f;
        float y = top - Math.max(6, (sheet.height() - height) / 2);
        pdf.draw(page, pdf.fit(card.name(), true, NAME, max), true, NAME, x + INSET, y - NAME);
        y -= NAME * 1.25f;
        for (String line : lines) {
            pdf.draw(page, pdf.fit(line, false, LINE, max), false, LINE, x + INSET, y - LINE);
            y -= LINE * 1.25f;
        }
    }
}
