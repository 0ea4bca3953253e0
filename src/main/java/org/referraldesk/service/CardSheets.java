package org.referraldesk.service;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;
import org.referraldesk.io.AddressLabelsPdf;
import org.referraldesk.io.CardListPdf;
import org.referraldesk.io.PdfPages;

/** The card list and the address labels as PDF files, and the card list's pages for the printer. */
public final class CardSheets {
    private final Clock clock;
    private final CardListPdf cardList = new CardListPdf();
    private final AddressLabelsPdf labels = new AddressLabelsPdf();

    /** Labels written, sheets used, and the partners left off for want of an address. */
    public record LabelsSaved(int labels, int pages, List<String> withoutAddress) {
        public LabelsSaved {
            withoutAddress = List.copyOf(withoutAddress);
        }
    }

    public CardSheets(Clock clock) {
        this.clock = clock;
    }

    /** Saves the card list on the default locale's paper (the command line's `cards pdf FILE`). */
    public void saveCardList(List<CardLine> cards, Path file) {
        saveCardList(cards, Paper.forLocale(java.util.Locale.getDefault()), file);
    }

    /** Saves the card list, dated today in the clock's zone, replacing {@code file} whole. */
    public void saveCardList(List<CardLine> cards, Paper paper, Path file) {
        cardList.write(cards, LocalDate.now(clock), paper, file);
    }

    /** Saves a 3 × 10 label sheet for the cards that have an address. */
    public LabelsSaved saveLabels(List<CardLine> cards, Paper paper, Path file) {
        AddressLabelsPdf.Result result = labels.write(cards, paper, file);
        return new LabelsSaved(result.labels(), result.pages(), result.withoutAddress());
    }

    /** The card list's pages as images at {@code dpi}, exactly as the PDF shows them, to print. */
    public List<BufferedImage> printPages(List<CardLine> cards, Paper paper, float dpi) {
        return PdfPages.images(cardList.bytes(cards, LocalDate.now(clock), paper), dpi);
    }
}
