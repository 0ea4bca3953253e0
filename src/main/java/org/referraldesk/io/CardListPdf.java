package org.referraldesk.io;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;
import org.referraldesk.domain.Wording;

/**
 * The thank-you card list as a PDF with real, selectable text: a title with the date, then one
 * entry per card — a box to tick, the partner's name and postal address (or "address missing" in
 * red) on the left, the story in one line and the suggested message on the right. An entry is
 * never split across pages.
 */
public final class CardListPdf {
    static final float MARGIN = 48;
    static final float LEFT_COLUMN = 170;
    static final float GUTTER = 18;
    static final float NAME = 11.5f;
    static final float BODY = 9.5f;
    static final float LEADING = 1.32f;
    static final int MAX_MESSAGE_LINES = 30;
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    static final Color MISSING = new Color(0xb3, 0x1d, 0x28);
    static final Color RULE = new Color(0xd0, 0xd7, 0xde);

    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.io.cards");

    /** Writes the card list to {@code file}, replacing it whole. */
    public void write(List<CardLine> cards, LocalDate date, Paper paper, Path file) {
        PdfPages.save(file, out -> write(cards, date, paper, out));
    }

    /** The card list as PDF bytes (to print). */
    public byte[] bytes(List<CardLine> cards, LocalDate date, Paper paper) {
        return PdfPages.bytes(out -> write(cards, date, paper, out));
    }

    void write(List<CardLine> cards, LocalDate date, Paper paper, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            document.getDocumentInformation().setTitle(text.getString("title"));
            document.getDocumentInformation().setCreator("Referral Desk");
            new Layout(document, new PdfText(fonts), paper, date, cards.size()).cards(cards);
            document.save(out);
        }
    }

    /** Places the entries page by page. */
    private final class Layout {
        private final PDDocument document;
        private final PdfText pdf;
        private final Paper paper;
        private final float right;
        private final List<PDPageContentStream> pages = new ArrayList<>();
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument document, PdfText pdf, Paper paper, LocalDate date, int count) throws IOException {
            this.document = document;
            this.pdf = pdf;
            this.paper = paper;
            this.right = paper.width() - MARGIN;
            newPage();
            String day = date.format(DateTimeFormatter.ofPattern(text.getString("date"), Wording.ownerLocale()));
            line(text.getString("title"), true, 18, MARGIN, INK);
            y -= 4;
            line(Wording.forOwner(text).format("subtitle", day, count), false, 10, MARGIN, MUTED);
            y -= 8;
            rule(1f);
        }

        void cards(List<CardLine> cards) throws IOException {
            for (CardLine card : cards) {
                Entry entry = new Entry(card);
                if (y - entry.height() < MARGIN + 20) {
                    newPage();
                }
                entry.draw();
            }
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                PDPageContentStream stream = pages.get(i);
                stream.setNonStrokingColor(MUTED);
                String footer = Wording.forOwner(text).format("page", i + 1, total);
                pdf.draw(stream, footer, false, 8, right - pdf.width(footer, false, 8), MARGIN - 20);
                stream.close();
            }
        }

        private void newPage() {
            PDPage next = new PDPage(new PDRectangle(paper.width(), paper.height()));
            document.addPage(next);
            try {
                page = new PDPageContentStream(document, next);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pages.add(page);
            y = paper.height() - MARGIN;
        }

        private void line(String words, boolean bold, float size, float x, Color color) {
            for (String one : pdf.wrap(words, bold, size, right - x)) {
                color(color);
                pdf.draw(page, one, bold, size, x, y - size);
                y -= size * LEADING;
            }
        }

        private void color(Color color) {
            try {
                page.setNonStrokingColor(color);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void rule(float width) throws IOException {
            page.setStrokingColor(RULE);
            page.setLineWidth(width);
            page.moveTo(MARGIN, y);
            page.lineTo(right, y);
            page.stroke();
        }

        /** One card: its lines wrapped to the two columns before anything is drawn. */
        private final class Entry {
            private static final float BOX = 9;
            private final CardLine card;
            private final List<String> name;
            private final List<String> address;
            private final List<String> story;
            private final List<String> message;
            private final float nameX = MARGIN + BOX + 7;
            private final float storyX = MARGIN + LEFT_COLUMN + GUTTER;

            Entry(CardLine card) {
                this.card = card;
                float leftWidth = MARGIN + LEFT_COLUMN - nameX;
                float rightWidth = right - storyX;
                this.name = pdf.wrap(card.name(), true, NAME, leftWidth);
                List<String> lines = new ArrayList<>();
                for (String one : card.hasAddress() ? card.addressLines() : List.of(text.getString("address.missing"))) {
                    lines.addAll(pdf.wrap(one, !card.hasAddress(), BODY, leftWidth));
                }
                this.address = lines;
                this.story = pdf.wrap(card.story(), true, BODY, rightWidth);
                List<String> body = pdf.wrapText(card.message().strip().replaceAll("(\\R\\s*){2,}", "\n\n"), false,
                        BODY, rightWidth);
                if (body.size() > MAX_MESSAGE_LINES) {
                    body = new ArrayList<>(body.subList(0, MAX_MESSAGE_LINES));
                    body.set(MAX_MESSAGE_LINES - 1, body.get(MAX_MESSAGE_LINES - 1) + " \u2026");
                }
                this.message = body;
            }

            float height() {
                float left = name.size() * NAME * LEADING + 3 + address.size() * BODY * LEADING;
                float rightSide = story.size() * BODY * LEADING + 5;
                for (String one : message) {
                    rightSide += step(one);
                }
                return Math.max(left, rightSide) + 28;
            }

            /** A line of the message takes a line; a blank line between paragraphs half a line. */
            private static float step(String line) {
                return line.isEmpty() ? BODY * 0.55f : BODY * LEADING;
            }

            void draw() throws IOException {
                float top = y - 14;
                page.setStrokingColor(MUTED);
                page.setLineWidth(0.8f);
                page.addRect(MARGIN, top - BOX - 1.5f, BOX, BOX);
                page.stroke();
                float left = top;
                color(INK);
                for (String one : name) {
                    pdf.draw(page, one, true, NAME, nameX, left - NAME);
                    left -= NAME * LEADING;
                }
                left -= 3;
                color(card.hasAddress() ? INK : MISSING);
                for (String one : address) {
                    pdf.draw(page, one, !card.hasAddress(), BODY, nameX, left - BODY);
                    left -= BODY * LEADING;
                }
                float at = top;
                color(MUTED);
                for (String one : story) {
                    pdf.draw(page, one, true, BODY, storyX, at - BODY);
                    at -= BODY * LEADING;
                }
                at -= 5;
                color(INK);
                for (String one : message) {
                    pdf.draw(page, one, false, BODY, storyX, at - BODY);
                    at -= step(one);
                }
                y -= height();
                rule(0.5f);
            }
        }
    }
}
