package org.referraldesk.ui.welcome;

import javafx.stage.Window;
import org.referraldesk.ui.common.ViewLoader;

/** The shell's way in: loads the first-start dialog and shows it once, when the desk has no names yet. */
public final class WelcomeDialog {
    private final ViewLoader views;

    public WelcomeDialog(ViewLoader views) {
        this.views = views;
    }

    /** On the FX thread, after the main window shows. */
    public void openIfDue(Window owner) {
        views.loadWithController(WelcomeController.class, "WelcomeDialog").controller().openIfDue(owner);
    }
}
