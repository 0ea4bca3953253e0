package org.referraldesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.referraldesk.domain.InvalidInput;

/**
 * The language this computer's user chose for Referral Desk, or none ("System default"). Kept in a
 * one-line file, {@code language}, in the app's data folder, not in the desk: the unlock prompt and
 * the damaged-desk dialog speak before any desk is open (ADR 0019).
 */
public final class LanguageChoice {
    /** The languages Referral Desk speaks, in the order Settings offers them. */
    public static final List<Locale> OFFERED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"));
    private static final String SYSTEM = "system";

    private final Path file;

    private LanguageChoice(Path file) {
        this.file = file;
    }

    /** The choice kept in {@code folder} (the app's data folder; a temp folder in tests). */
    public static LanguageChoice in(Path folder) {
        return new LanguageChoice(folder.resolve("language"));
    }

    /** The chosen language; empty for the system's (no file, a blank one, or a language not offered). */
    public Optional<Locale> chosen() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String tag = Files.readString(file, StandardCharsets.UTF_8).strip();
            return OFFERED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // an unreadable choice is no choice: the system's language
        }
    }

    /** Keeps {@code language} (empty: the system's) for the next start. */
    public void choose(Optional<Locale> language) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, language.map(Locale::getLanguage).orElse(SYSTEM) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The locale Referral Desk speaks and writes dates and numbers in: the system's when nothing is
     * chosen or the choice is the system's own language (so its region's formats stay), else the choice.
     */
    public Locale speaking(Locale system) {
        return chosen().filter(l -> !l.getLanguage().equals(system.getLanguage())).orElse(system);
    }

    /** "de", "fr", "es", "en" or "system" as typed on the command line; anything else is refused. */
    public static Optional<Locale> typed(String text) {
        String tag = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (tag.equals(SYSTEM)) {
            return Optional.empty();
        }
        return Optional.of(OFFERED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst()
                .orElseThrow(() -> new InvalidInput("language", "language.unknown", text)));
    }

    /** "Deutsch", "Français": a language named in its own words. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
