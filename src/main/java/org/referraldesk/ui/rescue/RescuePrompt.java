package org.referraldesk.ui.rescue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.referraldesk.service.BackupFile;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.ui.common.Theme;

/** Before the window: a desk file that does not read whole, kept aside, and the newest backup offered in its place. */
public final class RescuePrompt {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.rescue.messages");
    private final ResourceBundle formats = ResourceBundle.getBundle("org.referraldesk.ui.messages");

    /**
     * On the FX thread: shows the dialog; {@code restore} (run on {@code background}) builds the desk
     * from the backup; {@code closed} hears true once it did, false on Quit.
     */
    public void offer(DamagedDesk damaged, Consumer<BackupFile> restore, Executor background, Consumer<Boolean> closed) {
        Theme.LIGHT.apply();
        RescueViewModel model = new RescueViewModel(damaged, restore, background, ZoneId.systemDefault(), text, formats);
        RescueController controller = new RescueController(model);
        FXMLLoader loader = new FXMLLoader(RescuePrompt.class.getResource("RescueDialog.fxml"), text);
        loader.setController(controller);
        DialogPane pane;
        try {
            pane = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The damaged-desk dialog could not be loaded", e);
        }
        pane.getStylesheets().add(Theme.class.getResource("form.css").toExternalForm());
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(text.getString("rescue.title"));
        dialog.setDialogPane(pane);
        controller.ready(dialog);
        dialog.setOnHidden(event -> closed.accept(model.restoredProperty().get()));
        dialog.show();
    }
}
