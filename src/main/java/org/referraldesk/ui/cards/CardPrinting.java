package org.referraldesk.ui.cards;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import org.referraldesk.domain.Paper;

/** Prints the card list's pages (images of the PDF) through a JavaFX printer job, one page each. */
final class CardPrinting {
    private CardPrinting() {
    }

    /** Whether this computer has a printer to offer. */
    static boolean printerAvailable() {
        return Printer.getDefaultPrinter() != null;
    }

    /** Prints every page scaled into the printable area; returns whether the job ended well. */
    static boolean print(PrinterJob job, List<BufferedImage> pages, Paper paper) {
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(paper == Paper.LETTER ? javafx.print.Paper.NA_LETTER
                : javafx.print.Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}
