package org.referraldesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.referraldesk.domain.Cancelled;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnersWords;

/**
 * Shows a failure to the owner, on the FX thread: their own input errors as they are; anything else
 * as one readable line, never the raw text of a database or Java exception, with "Copy details",
 * which puts the technical details (the stack trace, also in the log file) on the clipboard for a
 * bug report. The dialog does not block: the window keeps working behind it. While one unexpected
 * failure is shown, a further one goes only to the log, so a failure that repeats never floods the
 * screen with dialogs.
 */
public final class FailureDialog implements Consumer<Throwable> {
    private static final String BUNDLE = "org.referraldesk.ui.messages";
    private final ResourceBundle bundle;
    private boolean showingUnexpected;

    public FailureDialog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public void accept(Throwable failure) {
        boolean owners = ownersToFix(failure);
        if (!owners && showingUnexpected) {
            return;
        }
        Alert alert = new Alert(owners ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.setTitle(bundle.getString("failure.title"));
        alert.setHeaderText(owners ? bundle.getString("failure.input") : bundle.getString("failure.unexpected"));
        alert.setContentText(message(failure, bundle));
        alert.getDialogPane().getStyleClass().add("failure-dialog");
        if (!owners) {
            offerDetails(alert, details(failure));
            showingUnexpected = true;
            alert.setOnHidden(event -> showingUnexpected = false);
        }
        alert.show();
    }

    private void offerDetails(Alert alert, String details) {
        ButtonType copy = new ButtonType(bundle.getString("failure.copyDetails"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(0, copy);
        Button button = (Button) alert.getDialogPane().lookupButton(copy);
        button.getStyleClass().add("copy-details");
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // copying leaves the dialog open
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            button.setText(bundle.getString("failure.copied"));
        });
    }

    /** The one line the owner reads: the input's own message, else a readable line pointing to the log. */
    public static String message(Throwable failure) {
        return message(failure, ResourceBundle.getBundle(BUNDLE));
    }

    private static String message(Throwable failure, ResourceBundle bundle) {
        if (failure instanceof InvalidInput refused) {
            return refused.ownersMessage();
        }
        if (failure instanceof OwnersWords && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return bundle.getString("failure.unexpectedMessage");
    }

    /** The technical details for a bug report: what failed and where (the stack trace). */
    public static String details(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** Input the owner can fix, or work they stopped themselves: no details to copy. */
    private static boolean ownersToFix(Throwable failure) {
        return failure instanceof InvalidInput || failure instanceof Cancelled;

    }
}
