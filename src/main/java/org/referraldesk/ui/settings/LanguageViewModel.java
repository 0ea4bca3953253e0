package org.referraldesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.referraldesk.service.LanguageChoice;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * Settings' language choice: System default or one of the languages, each named in its own words.
 * It is this computer user's, kept outside the desk, and applies when Referral Desk next starts (ADR 0019).
 */
public final class LanguageViewModel {
    /** "System default": no language of its own. */
    public static final Locale SYSTEM = Locale.ROOT;

    private final LanguageChoice choice;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final List<Locale> offered = new ArrayList<>();
    private final ObjectProperty<Locale> chosen = new SimpleObjectProperty<>(SYSTEM);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean loading;

    public LanguageViewModel(LanguageChoice choice, BackgroundTasks tasks, ResourceBundle text) {
        this.choice = choice;
        this.tasks = tasks;
        this.text = text;
        offered.add(SYSTEM);
        offered.addAll(LanguageChoice.OFFERED);
        chosen.addListener((obs, old, now) -> keep(now));
    }

    /** Reads the choice off the FX thread. */
    public void load() {
        tasks.run(choice::chosen, kept -> {
            loading = true;
            chosen.set(kept.orElse(SYSTEM));
            loading = false;
        }, tasks::report);
    }

    private void keep(Locale language) {
        if (loading || language == null) {
            return;
        }
        Optional<Locale> kept = language.equals(SYSTEM) ? Optional.empty() : Optional.of(language);
        tasks.run(() -> {
            choice.choose(kept);
            return kept;
        }, done -> status.set(text.getString("settings.language.restart")), tasks::report);
    }

    /** "System default", "English", "Deutsch", "Français", "Español". */
    public String name(Locale language) {
        return language == null || language.equals(SYSTEM) ? text.getString("settings.language.system")
                : LanguageChoice.ownName(language);
    }

    public List<Locale> offered() {
        return offered;
    }

    public ObjectProperty<Locale> chosenProperty() {
        return chosen;
    }

    /** "Applies the next time Referral Desk starts." once a choice is kept; empty before. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
