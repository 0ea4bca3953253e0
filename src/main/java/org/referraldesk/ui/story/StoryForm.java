package org.referraldesk.ui.story;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The input of one small dialog of the story view (won, not a fit, lost, reopen, skip): its text
 * fields, a message for each field and one for the whole form, and the work it does once the input
 * is valid. Nothing is saved while a field is refused; a refusal from the service comes back onto
 * its field as well.
 *
 * @param <T> what the work hands back to the story view when it has been saved
 */
public final class StoryForm<T> {
    private final String header;
    private final String action;
    private final BackgroundTasks tasks;
    private final Function<StoryForm<T>, Callable<T>> prepare;
    private final Consumer<T> saved;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    /**
     * @param prepare reads the fields and returns the work to run in the background; throws
     *     {@link InvalidInput} (naming the field) for input it refuses
     * @param saved takes the work's result on the FX thread
     */
    StoryForm(String header, String action, List<String> fields, BackgroundTasks tasks,
            Function<StoryForm<T>, Callable<T>> prepare, Consumer<T> saved) {
        this.header = header;
        this.action = action;
        this.tasks = tasks;
        this.prepare = prepare;
        this.saved = saved;
        for (String field : fields) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new SimpleStringProperty(""));
        }
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
        return List.copyOf(values.keySet());
    }

    public StringProperty field(String name) {
        StringProperty value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No field " + name);
        }
        return value;
    }

    /** The message on a field: empty while the field is fine. */
    public ReadOnlyStringProperty errorOf(String name) {
        field(name);
        return errors.get(name);
    }

    /** A message about the whole request (e.g. the story was changed elsewhere): empty while fine. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /**
     * Checks the input and, when it is valid, saves it in the background; {@code onSaved} runs on the
     * FX thread once it is stored (the dialog closes then). Refused input only shows its messages.
     */
    public void submit(Runnable onSaved) {
        if (saving.get()) {
            return;
        }
        errors.values().forEach(error -> error.set(""));
        formError.set("");
        Callable<T> work;
        try {
            work = prepare.apply(this);
        } catch (InvalidInput refused) {
            show(refused);
            return;
        }
        saving.set(true);
        tasks.run(work, result -> {
            saving.set(false);
            onSaved.run();
            saved.accept(result);
        }, failure -> {
            saving.set(false);
            if (failure instanceof InvalidInput refused) {
                show(refused);
            } else {
                tasks.report(failure);
            }
        });
    }

    /** A field's text, stripped; null when blank. */
    String text(String name) {
        return InvalidInput.optionalText(field(name).get());
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

    private void show(InvalidInput refused) {
        StringProperty error = refused.field() == null ? null : errors.get(refused.field());
        (error != null ? error : formError).set(refused.getMessage());
    }
}
