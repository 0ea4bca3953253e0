package org.referraldesk.ui.thanks;

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
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The text fields of one thanks dialog, a message under each, one for the whole form, and saving in
 * the background: a refusal (from the view model or the service) lands on its field, nothing is saved.
 */
public final class ThanksForm {
    private final BackgroundTasks tasks;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    ThanksForm(BackgroundTasks tasks, List<String> fields) {
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
    String text(String name) {
        return InvalidInput.optionalText(field(name).get());
    }

    /** Runs {@code prepare} (which may refuse input) and then its work in the background; {@code onSaved} on success. */
    <T> void submit(Callable<Callable<T>> prepare, java.util.function.Consumer<T> onSaved) {
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

    void show(InvalidInput refused) {
        StringProperty error = refused.field() == null ? null : errors.get(refused.field());
        (error != null ? error : formError).set(refused.getMessage());
    }
}
