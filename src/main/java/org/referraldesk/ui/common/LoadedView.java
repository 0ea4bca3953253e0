package org.referraldesk.ui.common;

import javafx.scene.Parent;

/** A loaded FXML view and its controller. */
public record LoadedView<C>(Parent root, C controller) {
}
