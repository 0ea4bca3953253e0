package org.referraldesk.ui.data;

import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.service.DeskProtection;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FailureDialog;

/**
 * The Data screen's password: whether the desk is protected, and protecting, changing or removing
 * it in the background (the desk closes and opens again meanwhile). A refusal lands on its field.
 */
public final class PasswordViewModel {
    private final DeskProtection protection;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty state = new SimpleStringProperty();
    private final StringProperty passwordError = new SimpleStringProperty("");
    private final StringProperty againError = new SimpleStringProperty("");

    public PasswordViewModel(DeskProtection protection, BackgroundTasks tasks, ResourceBundle text) {
        this.protection = protection;
        this.tasks = tasks;
        this.text = text;
        show(protection.isOn());
    }

    private void show(boolean protectedNow) {
        on.set(protectedNow);
        state.set(text.getString(protectedNow ? "data.password.on" : "data.password.off"));
    }

    /** Protects the desk with {@code next} (or changes its password); {@code done} runs once it is in place. */
    public void protect(String next, String again, Runnable done) {
        start();
        tasks.run(() -> {
            protection.protect(next, again);
            return true;
        }, ok -> finished(done), this::refused);
    }

    /** Removes the password; {@code done} runs once the desk is stored unencrypted again. */
    public void remove(Runnable done) {
        start();
        tasks.run(() -> {
            protection.remove();
            return true;
        }, ok -> finished(done), this::refused);
    }

    private void start() {
        busy.set(true);
        passwordError.set("");
        againError.set("");
    }

    private void finished(Runnable done) {
        busy.set(false);
        show(protection.isOn());
        done.run();
    }

    private void refused(Throwable failure) {
        busy.set(false);
        String message = FailureDialog.message(failure);
        boolean onAgain = failure instanceof InvalidInput refusal && "passwordAgain".equals(refusal.field());
        (onAgain ? againError : passwordError).set(message);
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** "This desk is (not) protected with a password…" */
    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty passwordErrorProperty() {
        return passwordError;
    }

    public StringProperty againErrorProperty() {
        return againError;
    }
}
