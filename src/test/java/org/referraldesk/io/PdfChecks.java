package org.referraldesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Reads a PDF back as a reader would: its text, its fonts, and any character drawn without a glyph. */
public final class PdfChecks {
    /** The text of every page, the embedded fonts' names, and the glyphs drawn as .notdef (gid 0). */
    public record Read(List<String> pages, Set<String> embeddedFonts, Set<String> fontsNotEmbedded,
            int missingGlyphs, int glyphs) {
        public String text() {
            return String.join("\n", pages);
        }
    }

    private PdfChecks() {
    }

    public static Read read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Set<String> embedded = new TreeSet<>();
            Set<String> notEmbedded = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    (font.isEmbedded() ? embedded : notEmbedded).add(font.getName());
                }
            }
            GlyphCounter counter = new GlyphCounter();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                counter.setStartPage(i);
                counter.setEndPage(i);
                pages.add(counter.getText(document));
            }
            return new Read(pages, embedded, notEmbedded, counter.missing, counter.glyphs);
        }
    }

    /** Text extraction that also counts glyphs drawn with glyph id 0 (the empty box). */
    private static final class GlyphCounter extends PDFTextStripper {
        int missing;
        int glyphs;

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            glyphs++;
            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                missing++;
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }
    }
}
