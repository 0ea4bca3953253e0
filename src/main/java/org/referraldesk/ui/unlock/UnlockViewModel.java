package org.referraldesk.ui.unlock;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.Wording;

/** What the password dialog says and holds: which desk, whether the last try was wrong, the typed password. */
public final class UnlockViewModel {
    private final StringProperty password = new SimpleStringProperty("");
    private final String intro;
    private final String error;

    public UnlockViewModel(String deskFile, boolean wrongBefore, ResourceBundle text) {
        this.intro = Wording.forOwner(text).format("unlock.intro", deskFile);
        this.error = wrongBefore ? text.getString("unlock.wrong") : "";
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Open stays off until something is typed. */
    public BooleanBinding nothingTyped() {
        return Bindings.createBooleanBinding(() -> password.get().isEmpty(), password);
    }

    public String intro() {
        return intro;
    }

    /** "That is not the password…" after a wrong try, else empty. */
    public String error() {
        return error;
    }
}
