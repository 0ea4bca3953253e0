package org.referraldesk.ui.newreferral;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Typed work is never lost (ADR 0010, 0026): an email read over a form holding typed work asks
 * "Replace what you typed with the email?" — Replace with the email, or Keep what I typed.
 */
final class ReplaceQuestion {
    /** Ids of the question's buttons, for window tests. */
    static final String REPLACE_ID = NewReferralController.REPLACE_ID;
    static final String KEEP_ID = NewReferralController.KEEP_ID;

    private ReplaceQuestion() {
    }

    /** Asks over {@code owner} without blocking; the owner's answer goes to {@code model}. */
    static void ask(Window owner, ResourceBundle text, NewReferralViewModel model) {
        ButtonType replace = new ButtonType(text.getString("newReferral.replace.yes"), ButtonData.YES);
        ButtonType keep = new ButtonType(text.getString("newReferral.replace.no"), ButtonData.CANCEL_CLOSE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, text.getString("newReferral.replace.body"), replace,
                keep);
        question.setTitle(text.getString("newReferral.replace.title"));
        question.setHeaderText(text.getString("newReferral.replace.header"));
        question.initOwner(owner);
        question.getDialogPane().lookupButton(replace).setId(REPLACE_ID);
        question.getDialogPane().lookupButton(keep).setId(KEEP_ID);
        question.setOnHidden(event -> {
            if (question.getResult() == replace) {
                model.replaceWithEmail();
            } else {
                model.keepTyped();
            }
        });
        question.show();
    }
}
