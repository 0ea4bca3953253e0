package org.referraldesk.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts shipped inside the app (ADR 0006), embedded as subsets into one PDF document: DejaVu Sans
 * (Latin with accents, Greek, Cyrillic, Hebrew, Arabic) in regular and bold, and Symbola for emoji
 * and symbols DejaVu lacks. Each character is written with the first font of its chain that has it.
 */
final class PdfFonts implements Closeable {
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String SYMBOLS = "Symbola.ttf";
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    /** A font in the document and its character map, to ask whether it has a character. */
    record Face(PDFont font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }

    private final List<TrueTypeFont> open = new ArrayList<>();
    private final Face regular;
    private final Face bold;
    private final Face symbols;

    PdfFonts(PDDocument document) {
        this.regular = load(document, REGULAR);
        this.bold = load(document, BOLD);
        this.symbols = load(document, SYMBOLS);
    }

    /** The fonts to try, in order, for regular or bold text. */
    List<Face> chain(boolean boldText) {
        return boldText ? List.of(bold, regular, symbols) : List.of(regular, symbols);
    }

    private Face load(PDDocument document, String file) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
            open.add(ttf);
            // no ligatures (an "fi" glyph would extract as U+FB01 and "office" would not be found);
            // Arabic is shaped by ICU before the text gets here
            ttf.setEnableGsub(false);
            return new Face(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + file + " could not be read", e);
        }
    }

    private static byte[] bytes(String file) {
        return FILES.computeIfAbsent(file, name -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + name + " is missing from the app");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Call after the document is saved: the subsets are written on save. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont ttf : open) {
            ttf.close();
        }
    }
}
