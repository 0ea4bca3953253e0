package org.referraldesk.ui.unlock;

import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.Wording;
import org.slf4j.LoggerFactory;

/** The password dialog's state: the typed password, a try under way, what went wrong, whether the desk opened. */
public final class UnlockViewModel {
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty trying = new SimpleBooleanProperty(false);
    private final BooleanProperty opened = new SimpleBooleanProperty(false);
    private final Predicate<String> attempt;
    private final Executor background;
    private final ResourceBundle text;
    private final String intro;

    public UnlockViewModel(String deskFile, Predicate<String> attempt, Executor background, ResourceBundle text) {
        this.attempt = attempt;
        this.background = background;
        this.text = text;
        this.intro = Wording.forOwner(text).format("unlock.intro", deskFile);
    }

    /** On the FX thread: tries the typed password in the background; {@code done} runs once the desk opened. */
    public void tryPassword(Runnable done) {
        String typed = password.get();
        trying.set(true);
        error.set("");
        background.execute(() -> {
            boolean ok;
            try {
                ok = attempt.test(typed);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(UnlockViewModel.class).error("The protected desk could not be opened", e);
                Platform.runLater(() -> finished(false, text.getString("unlock.failed"), done));
                return;
            }
            Platform.runLater(() -> finished(ok, ok ? "" : text.getString("unlock.wrong"), done));
        });
    }

    private void finished(boolean ok, String message, Runnable done) {
        trying.set(false);
        error.set(message);
        if (ok) {
            opened.set(true);
            done.run();
        } else {
            password.set("");
        }
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty openedProperty() {
        return opened;
    }

    /** Open stays off until something is typed, and while a password is being tried. */
    public BooleanBinding cannotOpen() {
        return Bindings.createBooleanBinding(() -> password.get().isEmpty() || trying.get(), password, trying);
    }

    public String intro() {
        return intro;
    }
}
