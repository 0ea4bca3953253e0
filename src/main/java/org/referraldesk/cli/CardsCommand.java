package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Paper;
import org.referraldesk.service.CardSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cards pdf|labels FILE}: the pending thank-you cards as a printable list or address labels. */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = {"Save the pending handwritten thank-you cards as a PDF.",
            "  pdf     the card list: name, address (or 'address missing'), the story in one line, a message",
            "  labels  address labels, 3 x 10 a sheet (one per partner; partners without an address are named)"})
final class CardsCommand implements Callable<Integer> {
    enum Sheet { pdf, labels }

    enum PaperSize { a4, letter }

    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", paramLabel = "SHEET", description = "pdf or labels.")
    Sheet sheet;

    @Parameters(index = "1", paramLabel = "FILE", description = "The PDF file to write.")
    Path file;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "The paper size (default: Letter in the US and Canada, A4 elsewhere).")
    PaperSize paper;

    @Override
    public Integer call() {
        Paper size = paper == null ? Paper.forLocale(Locale.getDefault()) : Paper.valueOf(paper.name().toUpperCase(Locale.ROOT));
        try (Services services = desk.open(null)) {
            List<CardLine> cards = services.cards().pending();
            CardSheets sheets = new CardSheets(desk.clock());
            if (sheet == Sheet.pdf) {
                sheets.saveCardList(cards, size, file);
                desk.out.println(Said.text("cli.cards.pdf", cards.size(), file.toString()));
            } else {
                CardSheets.LabelsSaved saved = sheets.saveLabels(cards, size, file);
                desk.out.println(saved.withoutAddress().isEmpty()
                        ? Said.text("cli.cards.labels", saved.labels(), saved.pages(), file.toString())
                        : Said.text("cli.cards.labelsWithout", saved.labels(), saved.pages(), file.toString(),
                                String.join(", ", saved.withoutAddress())));
            }
        }
        return ExitCodes.OK;
    }
}
