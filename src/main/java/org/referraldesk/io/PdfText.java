package org.referraldesk.io;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on a PDF page the way a reader expects it: Arabic shaped into its joined forms, each line
 * put into visual order (right-to-left runs reversed, ICU's bidi algorithm), then written in runs,
 * each run in the first font that has its characters. Characters no font has are dropped when
 * invisible (variation selectors, joiners) and shown as U+FFFD otherwise, never as a missing glyph.
 */
final class PdfText {
    private static final int REPLACEMENT = 0xFFFD;

    /** A piece of a line written in one font. */
    record Run(PDFont font, String text) {
    }

    private final PdfFonts fonts;

    PdfText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Arabic letters in their joined presentation forms; other text unchanged. */
    static String shaped(String text) {
        if (text.codePoints().noneMatch(PdfText::isArabic)) {
            return text;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    private static boolean isArabic(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                || block == Character.UnicodeBlock.ARABIC_EXTENDED_A;
    }

    /**
     * One line in the order it is drawn, left to right. The isolates Wording puts around a
     * right-to-left name (ADR 0022) steer the order and are then left out: they have no glyph.
     */
    static String visual(String line) {
        Bidi bidi = new Bidi();
        bidi.setPara(line, Bidi.LEVEL_DEFAULT_LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** The runs of a visual line, each in the first font of the chain that has its characters. */
    List<Run> runs(String text, boolean bold) {
        List<PdfFonts.Face> chain = fonts.chain(bold);
        List<Run> runs = new ArrayList<>();
        PdfFonts.Face current = null;
        StringBuilder piece = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            int c = cp == '\t' ? ' ' : cp;
            PdfFonts.Face face = faceFor(chain, c);
            if (face == null) {
                if (Character.isISOControl(c) || invisible(c)) {
                    continue;
                }
                c = REPLACEMENT;
                face = faceFor(chain, c);
            }
            if (face != current && piece.length() > 0) {
                runs.add(new Run(current.font(), piece.toString()));
                piece.setLength(0);
            }
            current = face;
            piece.appendCodePoint(c);
        }
        if (piece.length() > 0) {
            runs.add(new Run(current.font(), piece.toString()));
        }
        return runs;
    }

    private static PdfFonts.Face faceFor(List<PdfFonts.Face> chain, int cp) {
        for (PdfFonts.Face face : chain) {
            if (face.has(cp)) {
                return face;
            }
        }
        return null;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The width of a line of text in points. */
    float width(String text, boolean bold, float size) {
        float units = 0;
        try {
            for (Run run : runs(text, bold)) {
                units += run.font().getStringWidth(run.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units / 1000f * size;
    }

    /**
     * A paragraph (no line breaks) shaped and broken into lines no wider than {@code max}, at spaces
     * where it can, inside a word where a word alone is too wide.
     */
    List<String> wrap(String paragraph, boolean bold, float size, float max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : shaped(paragraph.strip()).split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, bold, size) <= max) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (width(line, bold, size) > max && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut), bold, size) > max) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Every paragraph of a text wrapped; an empty paragraph stays as an empty line. */
    List<String> wrapText(String text, boolean bold, float size, float max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            lines.addAll(paragraph.isBlank() ? List.of("") : wrap(paragraph, bold, size, max));
        }
        return lines;
    }

    /** One line cut short with an ellipsis so it is no wider than {@code max}. */
    String fit(String line, boolean bold, float size, float max) {
        String shaped = shaped(line);
        if (width(shaped, bold, size) <= max) {
            return shaped;
        }
        String cut = shaped;
        while (cut.length() > 1 && width(cut + "\u2026", bold, size) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }

    /** Draws one (shaped, logical-order) line with its baseline at {@code y}. */
    void draw(PDPageContentStream page, String line, boolean bold, float size, float x, float y) {
        List<Run> runs = runs(visual(line), bold);
        if (runs.isEmpty()) {
            return;
        }
        try {
            page.beginText();
            page.newLineAtOffset(x, y);
            for (Run run : runs) {
                page.setFont(run.font(), size);
                page.showText(run.text());
            }
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
