package org.referraldesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.service.LanguageChoice;
import org.referraldesk.ui.common.BackgroundTasks;

/** Settings offers System default and the four languages by their own names; a choice is kept at once. */
class LanguageViewModelTest {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.settings.messages");
    private final List<Throwable> failures = new ArrayList<>();
    @TempDir
    Path dir;

    private LanguageViewModel loaded() {
        LanguageViewModel model = new LanguageViewModel(LanguageChoice.in(dir),
                new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text);
        model.load();
        return model;
    }

    @Test
    void eachLanguageIsNamedInItsOwnWords() {
        LanguageViewModel model = loaded();
        assertEquals(List.of("System default", "English", "Deutsch", "Français", "Español"),
                model.offered().stream().map(model::name).toList());
        assertEquals(LanguageViewModel.SYSTEM, model.chosenProperty().get());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void aChoiceIsKeptForTheNextStartAndSaysSo() {
        LanguageViewModel model = loaded();
        model.chosenProperty().set(Locale.GERMAN);
        assertEquals(Optional.of(Locale.GERMAN), LanguageChoice.in(dir).chosen());
        assertEquals("Kept. Referral Desk speaks it from its next start.", model.statusProperty().get());
        assertEquals(Locale.GERMAN, loaded().chosenProperty().get(), "shown again as chosen");
        model.chosenProperty().set(LanguageViewModel.SYSTEM);
        assertEquals(Optional.empty(), LanguageChoice.in(dir).chosen());
        assertEquals(List.of(), failures);
    }
}
