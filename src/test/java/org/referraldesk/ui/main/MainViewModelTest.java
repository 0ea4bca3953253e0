package org.referraldesk.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.Theme;

class MainViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theChosenThemeIsRememberedForTheNextRun() {
        List<Throwable> failures = new ArrayList<>();
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        try (Store store = Store.open(dir.resolve("desk"))) {
            MainViewModel model = new MainViewModel(new OwnerSettings(store), inline, Theme.LIGHT);
            model.toggleTheme();
            assertEquals(Theme.DARK, model.themeProperty().get());
        }
        try (Store store = Store.open(dir.resolve("desk"))) {
            assertEquals(Theme.DARK, Theme.fromKey(new OwnerSettings(store).theme()));
        }
        assertEquals(List.of(), failures);
    }
}
