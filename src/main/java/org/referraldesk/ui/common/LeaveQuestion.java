package org.referraldesk.ui.common;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one question asked when the owner leaves typed work that is not saved (another screen, closing
 * the window, closing a dialog): Save, Discard or Cancel (stay and keep typing). ADR 0010.
 */
public final class LeaveQuestion {
    /** Ids of the question's buttons, for window tests. */
    public static final String SAVE_ID = "leaveSave";
    public static final String DISCARD_ID = "leaveDiscard";
    public static final String CANCEL_ID = "leaveCancel";

    private final ResourceBundle text;

    /** @param text a bundle with the shared texts (ui/messages.properties) */
    public LeaveQuestion(ResourceBundle text) {
        this.text = text;
    }

    /** The shared texts, for a dialog that has no bundle of its own. */
    public static LeaveQuestion shared() {
        return new LeaveQuestion(ResourceBundle.getBundle("org.referraldesk.ui.messages"));
    }

    /**
     * Runs {@code go} at once when {@code work} holds nothing unsaved; otherwise asks, and runs
     * {@code go} after saving (Save) or at once (Discard), and {@code stay} on Cancel.
     */
    public void leave(List<UnsavedWork> work, Window owner, Runnable go, Runnable stay) {
        List<UnsavedWork> unsaved = work.stream().filter(UnsavedWork::hasUnsavedWork).toList();
        if (unsaved.isEmpty()) {
            go.run();
            return;
        }
        ask(owner, () -> saveAll(unsaved, 0, go), go, stay);
    }

    private static void saveAll(List<UnsavedWork> unsaved, int from, Runnable go) {
        if (from == unsaved.size()) {
            go.run();
        } else {
            unsaved.get(from).saveThen(() -> saveAll(unsaved, from + 1, go));
        }
    }

    /** Asks Save / Discard / Cancel over {@code owner}, without blocking; runs the chosen one. */
    public void ask(Window owner, Runnable save, Runnable discard, Runnable stay) {
        ButtonType saveType = new ButtonType(text.getString("leave.save"), ButtonData.YES);
        ButtonType discardType = new ButtonType(text.getString("leave.discard"), ButtonData.NO);
        ButtonType cancelType = new ButtonType(text.getString("leave.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.getString("leave.body"),
                saveType, discardType, cancelType);
        alert.setTitle(text.getString("leave.title"));
        alert.setHeaderText(text.getString("leave.header"));
        if (owner != null && owner.isShowing()) { // from the tray the window may be hidden
            alert.initOwner(owner);
        }
        alert.getDialogPane().lookupButton(saveType).setId(SAVE_ID);
        alert.getDialogPane().lookupButton(discardType).setId(DISCARD_ID);
        alert.getDialogPane().lookupButton(cancelType).setId(CANCEL_ID);
        alert.setOnHidden(event -> {
            ButtonType chosen = alert.getResult();
            if (chosen == saveType) {
                save.run();
            } else if (chosen == discardType) {
                discard.run();
            } else {
                stay.run();
            }
        });
        alert.show();
    }
}
