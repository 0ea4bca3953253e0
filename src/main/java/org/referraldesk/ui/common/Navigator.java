package org.referraldesk.ui.common;

import javafx.stage.Window;

/** Moves the main window between its screens; views ask it rather than building each other. */
public interface Navigator {

    /**
     * Shows {@code view}.fxml (beside {@code controller}) as the main window's screen and returns its
     * controller, so the caller can tell it what to show (e.g. which story).
     */
    <C> C show(Class<C> controller, String view);

    /** The main window, to own dialogs. */
    Window window();
}
