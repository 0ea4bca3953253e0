package org.referraldesk.ui.story;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FormFields;

/**
 * One small dialog of the story view (won, not a fit, lost, reopen, skip): what it asks, its save
 * button's label, its fields ({@link FormFields}: a message under each, nothing saved while one is
 * refused) and the work it does once the input is valid.
 *
 * @param <T> what the work hands back to the story view when it has been saved
 */
public final class StoryForm<T> {
    private final String header;
    private final String action;
    private final FormFields fields;
    private final Function<StoryForm<T>, Callable<T>> prepare;
    private final Consumer<T> saved;

    /**
     * @param prepare reads the fields and returns the work to run in the background; throws
     *     {@link InvalidInput} (naming the field) for input it refuses
     * @param saved takes the work's result on the FX thread
     */
    StoryForm(String header, String action, List<String> fields, BackgroundTasks tasks,
            Function<StoryForm<T>, Callable<T>> prepare, Consumer<T> saved) {
        this.header = header;
        this.action = action;
        this.fields = new FormFields(tasks, fields);
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
    FormFields input() {
        return fields;
    }

    public StringProperty field(String name) {
        return fields.field(name);
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
        fields.<T>submit(() -> prepare.apply(this), result -> {
            onSaved.run();
            saved.accept(result);
        });
    }

    /** A field's text, stripped; null when blank. */
    String text(String name) {
        return fields.text(name);
    }

    /** A field's amount of money, null when blank, refused with a message on the field when it is not a number. */
    BigDecimal amount(String name, String message) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(name, message);
        }
    }
}
