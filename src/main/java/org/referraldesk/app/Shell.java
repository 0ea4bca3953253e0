package org.referraldesk.app;

import java.util.function.Consumer;
import javafx.beans.value.ObservableIntegerValue;
import org.referraldesk.ui.about.AboutDialog;
import org.referraldesk.ui.about.AboutFacts;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DeskChanges;
import org.referraldesk.ui.common.Theme;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.main.MainController;
import org.referraldesk.ui.main.MainNavigator;

/** The window's own parts the controllers share: background work, the loader, navigation and dialogs. */
record Shell(BackgroundTasks tasks, ViewLoader views, MainNavigator navigator, AboutDialog about,
        AboutFacts aboutFacts, FilePicker files, Theme theme,
        ObservableIntegerValue overdue, Runnable checkReminders, DeskChanges changes,
        Consumer<MainController> onMain) {

    /** Tells the desk which main window is showing, and hands it on to the loader. */
    MainController mainShown(MainController main) {
        onMain.accept(main);
        return main;
    }
}
