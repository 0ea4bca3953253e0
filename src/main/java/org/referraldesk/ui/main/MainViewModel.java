package org.referraldesk.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.Theme;

/** The main window: which theme it wears, remembered between runs. */
public final class MainViewModel {
    private final OwnerSettings settings;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public MainViewModel(OwnerSettings settings, BackgroundTasks tasks, Theme remembered) {
        this.settings = settings;
        this.tasks = tasks;
        this.theme.set(remembered);
    }

    /** Switches between light and dark and remembers the choice. */
    public void toggleTheme() {
        Theme next = theme.get().other();
        theme.set(next);
        tasks.run(() -> {
            settings.saveTheme(next.key());
            return next;
        }, saved -> { });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
