package org.referraldesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;

/**
 * Emoji in names without empty boxes, where the system has no emoji font (ADR 0022). JavaFX on Linux
 * takes its fallback fonts from fontconfig only, never from a font the app loads; so the bundled
 * emoji font (the PDFs' Symbola, emoji only) is loaded once at start, and a name holding an emoji
 * gets the pseudo-class {@code :emoji}, which desk.css writes in that font: its emoji come from it,
 * every other letter from the same fallback fonts the System font uses.
 */
public final class EmojiFont {
    /** The family desk.css names for {@code :emoji}. */
    public static final String FAMILY = "Symbola";
    static final String FILE = "/org/referraldesk/io/fonts/Symbola.ttf";
    private static final PseudoClass EMOJI = PseudoClass.getPseudoClass("emoji");
    private static boolean loaded;

    private EmojiFont() {
    }

    /** Loads the font (once; about 80 ms, so it runs beside the database's opening at start). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = EmojiFont.class.getResourceAsStream(FILE)) {
            if (in == null || Font.loadFont(in, 13) == null) {
                throw new IllegalStateException("The bundled emoji font did not load: " + FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = true;
    }

    /** {@code name} is marked {@code :emoji} while its text holds an emoji. */
    public static void follow(Labeled name) {
        name.pseudoClassStateChanged(EMOJI, hasEmoji(name.getText()));
        name.textProperty().addListener((obs, old, text) -> name.pseudoClassStateChanged(EMOJI, hasEmoji(text)));
    }

    /** Whether {@code text} has a code point of the emoji blocks (U+1F000 to U+1FAFF). */
    public static boolean hasEmoji(String text) {
        return text != null && text.codePoints().anyMatch(cp -> cp >= 0x1F000 && cp <= 0x1FAFF);
    }
}
