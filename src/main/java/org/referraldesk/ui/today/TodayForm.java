package org.referraldesk.ui.today;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;

/**
 * The input of one small Today dialog (skip with a reason, snooze to a picked date): one value and
 * the message on it. Input the form refuses saves nothing; a refusal from the service comes back
 * onto the field; once saved, {@link #savedProperty()} turns true and the dialog closes.
 *
 * @param <V> the value asked for: the reason (text) or the date
 */
public final class TodayForm<V> {
    private final String header;
    private final Function<V, String> check;
    private final BiConsumer<V, TodayForm<V>> save;
    private final ObjectProperty<V> value = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty saved = new SimpleBooleanProperty(false);

    /**
     * @param check the message for a value the form refuses, or null when it is fine
     * @param save starts saving in the background and answers through {@link #succeeded()} or
     *     {@link #refused(String)}
     */
    TodayForm(String header, V initial, Function<V, String> check, BiConsumer<V, TodayForm<V>> save) {
        this.header = header;
        this.check = check;
        this.save = save;
        this.value.set(initial);
    }

    public String header() {
        return header;
    }

    public ObjectProperty<V> valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved;
    }

    /** Saves the value, or shows why not on the field and saves nothing. */
    public void submit() {
        if (saving.get() || saved.get()) {
            return;
        }
        String problem = check.apply(value.get());
        if (problem != null) {
            error.set(problem);
            return;
        }
        error.set("");
        saving.set(true);
        save.accept(value.get(), this);
    }

    void succeeded() {
        saving.set(false);
        saved.set(true);
    }

    void refused(String message) {
        saving.set(false);
        error.set(message);
    }
}
