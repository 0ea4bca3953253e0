package org.referraldesk.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Saving a PDF whole (never half-written) and rendering its pages as images for the printer. */
public final class PdfPages {
    /** Writes a document to bytes. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfPages() {
    }

    /** Writes the document whole or not at all ({@link WholeFile}). */
    static void save(Path file, Body body) {
        WholeFile.write(file, body::writeTo);
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every page of a PDF as an image at {@code dpi} dots per inch. */
    public static List<BufferedImage> images(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
