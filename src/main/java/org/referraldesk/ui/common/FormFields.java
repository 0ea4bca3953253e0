package org.referraldesk.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.Amounts;
import org.referraldesk.domain.InvalidInput;

/**
 * The fields of one form, whatever dialog shows it: each field's text (or day, for a date field), a
 * message under each, one for the whole form, and saving in the background. A refusal (from the
 * view model or the service, {@link InvalidInput} naming the field) lands on its field, and nothing
 * is saved. Editing a field clears its message. Amounts are read by {@link Amounts} and days by
 * {@link DateField}, both in the owner's locale.
 */
public final class FormFields {
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private List<Object> unchanged = List.of();

    /** One field: its text (or, for a date and time, the time), its day, and its message. */
    private static final class Field {
        final StringProperty text = new SimpleStringProperty("");
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
        final BooleanProperty unreadableDay = new SimpleBooleanProperty(false);
        final StringProperty error = new SimpleStringProperty("");

        Field() {
            text.addListener(obs -> error.set(""));
            day.addListener(obs -> error.set(""));
            unreadableDay.addListener(obs -> error.set(""));
        }
    }

    /** @param text the texts of the form's own messages (a day it cannot read), the shared ones will do */
    public FormFields(BackgroundTasks tasks, ResourceBundle text, List<String> names) {
        this.tasks = tasks;
        this.text = text;
        names.forEach(name -> fields.put(name, new Field()));
    }

    private Field named(String name) {
        Field field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("No field " + name);
        }
        return field;
    }

    /** A field's text as typed (for a field with a day and a time: the time). */
    public StringProperty field(String name) {
        return named(name).text;
    }

    /** A date field's day; null while none is picked. */
    public ObjectProperty<LocalDate> day(String name) {
        return named(name).day;
    }

    /** True while the owner has typed something into the date field that is no day ({@link DateField}). */
    public BooleanProperty unreadableDay(String name) {
        return named(name).unreadableDay;
    }

    public List<String> fields() {
        return List.copyOf(fields.keySet());
    }

    public ReadOnlyStringProperty errorOf(String name) {
        return named(name).error;
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

    /**
     * A field's amount of money as the owner's locale writes it ({@link Amounts}); null when blank,
     * refused with {@code message} on the field when it is no amount or could be read two ways.
     */
    public BigDecimal amount(String name, String message) {
        String typed = text(name);
        if (typed == null) {
            return null;
        }
        try {
            return Amounts.read(typed, Locale.getDefault(Locale.Category.FORMAT));
        } catch (NumberFormatException notAnAmount) {
            throw new InvalidInput(name, message);
        }
    }

    /** A date field's day; null when none is picked, refused on the field when what was typed is no day. */
    public LocalDate date(String name) {
        if (unreadableDay(name).get()) {
            throw new InvalidInput(name, TypedDates.unreadableDay(text));
        }
        return day(name).get();
    }

    /**
     * Runs {@code prepare} (which reads the fields and may refuse input with {@link InvalidInput}), then
     * the work it returns in the background; {@code onSaved} takes the result on the FX thread.
     */
    public <T> void submit(Callable<Callable<T>> prepare, Consumer<T> onSaved) {
        if (saving.get()) {
            return;
        }
        clearMessages();
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

    /** Remembers what the fields hold now (as the dialog opens), for {@link #changed()}. */
    public void markUnchanged() {
        unchanged = values();
    }

    /** True once the owner has typed or picked something since {@link #markUnchanged()} (ADR 0010). */
    public boolean changed() {
        return !values().equals(unchanged);
    }

    private List<Object> values() {
        List<Object> values = new java.util.ArrayList<>();
        fields.values().forEach(field -> {
            values.add(field.text.get());
            values.add(field.day.get());
            values.add(field.unreadableDay.get());
        });
        return values;
    }

    /** Takes every message away (a form opened afresh). */
    public void clearMessages() {
        fields.values().forEach(field -> field.error.set(""));
        formError.set("");
    }

    /** Puts a refusal on its field, or on the whole form when it names none of them. */
    public void show(InvalidInput refused) {
        Field field = refused.field() == null ? null : fields.get(refused.field());
        (field != null ? field.error : formError).set(refused.ownersMessage());
    }
}
