package org.referraldesk.ui.story;

import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Moved to meeting booked · Undo": after a stage move (next stage, won, not a fit, lost) the story
 * view offers to take it back, in the same bar as the referrals list's undo of a delete.
 */
public final class StoryUndoBar extends HBox {
    private final Label said = new Label();
    private final Button undo = new Button();

    public StoryUndoBar() {
        getStyleClass().add("undo-bar");
        undo.getStyleClass().addAll("flat", "accent");
        undo.setId("storyUndoButton");
        getChildren().addAll(new FontIcon("fth-rotate-ccw"), said, undo);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        org.referraldesk.ui.common.Announcer.watch(said, this);
    }

    /** Shows the model's last move while it can be undone; Undo asks the model to take it back. */
    void bind(StoryViewModel model, ResourceBundle text) {
        undo.setText(text.getString("undo.button"));
        undo.setOnAction(event -> model.undoMove());
        undo.disableProperty().bind(model.busyProperty());
        model.lastMoveProperty().addListener((obs, old, move) -> {
            said.setText(move == null ? "" : model.moveText(move));
            setVisible(move != null);
        });
    }
}
