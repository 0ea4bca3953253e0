package org.referraldesk.ui.shortcuts;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Fills the overlay with the view model's groups: a title, then a line per shortcut (keys, what). */
public final class ShortcutsController {
    private final ShortcutsViewModel model;

    @FXML private VBox groups;

    public ShortcutsController(ShortcutsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        for (ShortcutsViewModel.Group group : model.groups()) {
            Label title = new Label(group.title());
            title.getStyleClass().addAll("title-4", "shortcuts-group");
            GridPane lines = new GridPane();
            lines.getStyleClass().add("shortcuts-lines");
            int row = 0;
            for (ShortcutsViewModel.Shortcut shortcut : group.shortcuts()) {
                Label keys = new Label(shortcut.keys());
                keys.getStyleClass().add("shortcut-keys");
                Label what = new Label(shortcut.what());
                what.getStyleClass().add("shortcut-what");
                what.setWrapText(true);
                lines.addRow(row++, keys, what);
            }
            groups.getChildren().addAll(title, lines);
        }
    }

    ShortcutsViewModel model() {
        return model;
    }
}
