package org.referraldesk.ui.unlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.referraldesk.ui.common.Theme;

/**
 * Asks for the password of a protected desk before the window opens. It only asks: the caller tries
 * the password off the FX thread and asks again, saying so, when it was wrong.
 */
public final class UnlockPrompt {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.unlock.messages");

    /** On the FX thread: the typed password, or empty when the owner chose Quit. */
    public Optional<String> ask(String deskFile, boolean wrongBefore) {
        Theme.LIGHT.apply();
        UnlockController controller = new UnlockController(new UnlockViewModel(deskFile, wrongBefore, text));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(text.getString("unlock.title"));
        dialog.setDialogPane(load(controller));
        controller.ready(dialog);
        Optional<ButtonType> chosen = dialog.showAndWait();
        return chosen.filter(b -> b.getButtonData() == ButtonData.OK_DONE).map(b -> controller.typed());
    }

    private DialogPane load(UnlockController controller) {
        FXMLLoader loader = new FXMLLoader(UnlockPrompt.class.getResource("UnlockDialog.fxml"), text);
        loader.setController(controller);
        try {
            DialogPane pane = loader.load();
            pane.getStylesheets().add(Theme.class.getResource("form.css").toExternalForm());
            return pane;
        } catch (IOException e) {
            throw new UncheckedIOException("The password dialog could not be loaded", e);
        }
    }
}
