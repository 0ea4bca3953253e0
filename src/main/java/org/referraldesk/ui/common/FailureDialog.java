package org.referraldesk.ui.common;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import org.referraldesk.domain.InvalidInput;

/** Shows a failed background task to the owner: their own input errors as they are, the rest briefly. */
public final class FailureDialog implements Consumer<Throwable> {
    private final ResourceBundle bundle;

    public FailureDialog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public void accept(Throwable failure) {
        Alert alert = new Alert(failure instanceof InvalidInput ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.setTitle(bundle.getString("failure.title"));
        alert.setHeaderText(failure instanceof InvalidInput ? bundle.getString("failure.input")
                : bundle.getString("failure.unexpected"));
        alert.setContentText(message(failure));
        alert.show();
    }

    /** The one line the owner reads: the input's own message, or the root cause of anything else. */
    public static String message(Throwable failure) {
        if (failure instanceof InvalidInput refused) {
            return refused.ownersMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return text + " (details are in the log file)";
    }
}
