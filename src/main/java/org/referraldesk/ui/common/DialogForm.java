package org.referraldesk.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;

/**
 * What one small dialog asks (won, not a fit, lost, reopen, skip, snooze to a day): its header, its
 * save button's label, its {@link FormFields} and the work it does once the input is valid.
 * {@link FormDialog#open(javafx.scene.control.DialogPane, DialogForm, javafx.stage.Window, String)}
 * shows it.
 *
 * @param <T> what the work hands back once it has been saved
 */
public final class DialogForm<T> {
    private final String header;
    private final String action;
    private final FormFields fields;
    private final Function<FormFields, Callable<T>> prepare;
    private final Consumer<T> saved;

    /**
     * @param prepare reads the fields and returns the work to run in the background; throws
     *     {@link InvalidInput} (naming the field) for input it refuses
     * @param saved takes the work's result on the FX thread
     */
    public DialogForm(String header, String action, FormFields fields, Function<FormFields, Callable<T>> prepare,
            Consumer<T> saved) {
        this.header = header;
        this.action = action;
        this.fields = fields;
        this.prepare = prepare;
        this.saved = saved;
    }

    /** What the dialog asks, e.g. "Close the story as won". */
    public String header() {
        return header;
    }

    /** The label of the button that saves, e.g. "Close as won". */
    public String action() {
        return action;
    }

    public List<String> fields() {
        return fields.fields();
    }

    /** The fields themselves, for the dialog to bind. */
    public FormFields input() {
        return fields;
    }

    public StringProperty field(String name) {
        return fields.field(name);
    }

    public ObjectProperty<LocalDate> day(String name) {
        return fields.day(name);
    }

    /** The message on a field: empty while the field is fine. */
    public ReadOnlyStringProperty errorOf(String name) {
        return fields.errorOf(name);
    }

    /** A message about the whole request (e.g. the story was changed elsewhere): empty while fine. */
    public ReadOnlyStringProperty formErrorProperty() {
        return fields.formErrorProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return fields.savingProperty();
    }

    /**
     * Checks the input and, when it is valid, saves it in the background; {@code onSaved} runs on the
     * FX thread once it is stored (the dialog closes then). Refused input only shows its messages.
     */
    public void submit(Runnable onSaved) {
        fields.<T>submit(() -> prepare.apply(fields), result -> {
            onSaved.run();
            saved.accept(result);
        });
    }
}
