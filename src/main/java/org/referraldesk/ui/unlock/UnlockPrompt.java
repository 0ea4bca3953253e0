package org.referraldesk.ui.unlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.referraldesk.ui.common.Theme;

/**
 * Asks for the password of a protected desk before the window opens. The dialog stays open while a
 * password is tried off the FX thread, says so when it was wrong, and closes once the desk opened.
 */
public final class UnlockPrompt {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.unlock.messages");

    /**
     * On the FX thread: shows the dialog. {@code attempt} is run on {@code background} with each typed
     * password and says whether the desk opened; {@code closed} hears true once it did, false on Quit.
     */
    public void ask(String deskFile, Predicate<String> attempt, Executor background, Consumer<Boolean> closed) {
        Theme.LIGHT.apply();
        UnlockViewModel model = new UnlockViewModel(deskFile, attempt, background, text);
        UnlockController controller = new UnlockController(model);
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(text.getString("unlock.title"));
        dialog.setDialogPane(load(controller));
        controller.ready(dialog);
        dialog.setOnHidden(event -> closed.accept(model.openedProperty().get()));
        dialog.show();
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
