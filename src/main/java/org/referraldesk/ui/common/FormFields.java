package org.referraldesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;

/**
 * The text fields of one small dialog (the story's won / not a fit / lost / reopen / skip, the thanks
 * dialogs), a message under each, one for the whole form, and saving in the background: a refusal
 * (from the view model or the service) lands on its field, and nothing is saved. Editing a field
 * clears its message.
 */
public final class FormFields {
    private final BackgroundTasks tasks;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public FormFields(BackgroundTasks tasks, List<String> fields) {
        this.tasks = tasks;
        for (String field : fields) {
            values.put(field, new SimpleStringProperty(""));
            StringProperty error = new SimpleStringProperty("");
            errors.put(field, error);
            values.get(field).addListener((obs, old, now) -> error.set(""));
        }
    }

    public StringProperty field(String name) {
        StringProperty value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No field " + name);
        }
        return value;
    }

    public List<String> fields() {
        return List.copyOf(values.keySet());
    }

    public ReadOnlyStringProperty errorOf(String name) {
        field(name);
        return errors.get(name);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** A field's text, stripped; null when blank. */
    public String text(String name) {
        return InvalidInput.optionalText(field(name).get());
    }

    /** A field's day (2026-11-23), null when blank, refused with {@code message} on the field otherwise. */
    public LocalDate date(String name, String message) {
        String typed = text(name);
        if (typed == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, message);
        }
    }

    /**
     * Runs {@code prepare} (which reads the fields and may refuse input with {@link InvalidInput}), then
     * the work it returns in the background; {@code onSaved} takes the result on the FX thread.
     */
    public <T> void submit(Callable<Callable<T>> prepare, java.util.function.Consumer<T> onSaved) {
        if (saving.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        formError.set("");
        Callable<T> work;
        try {
            work = prepare.call();
        } catch (InvalidInput refused) {
            show(refused);
            return;
        } catch (Exception unexpected) {
            tasks.report(unexpected);
            return;
        }
        saving.set(true);
        tasks.run(work, result -> {
            saving.set(false);
            onSaved.accept(result);
        }, failure -> {
            saving.set(false);
            if (failure instanceof InvalidInput refused) {
                show(refused);
            } else {
                tasks.report(failure);
            }
        });
    }

    /** Puts a refusal on its field, or on the whole form when it names none. */
    public void show(InvalidInput refused) {
        StringProperty error = refused.field() == null ? null : errors.get(refused.field());
        (error != null ? error : formError).set(refused.ownersMessage());
    }
}
