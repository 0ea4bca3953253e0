package org.referraldesk.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The one date field: a {@link DatePicker} in the owner's locale ({@link TypedDates}), typed or
 * picked. A day it cannot read stays in the field as typed and {@link #unreadableProperty()} turns
 * true, so the form says so on the field instead of quietly keeping the day that was there before.
 */
public class DateField extends DatePicker {
    private final ReadOnlyBooleanWrapper unreadable = new ReadOnlyBooleanWrapper(false);
    private String unreadableText;

    public DateField() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        getStyleClass().add("date-field");
        setChronology(IsoChronology.INSTANCE);
        setEditable(true);
        setPrefWidth(170); // "23 Nov. 2026" (German) whole beside the calendar button
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return unreadableText != null ? unreadableText : day == null ? "" : TypedDates.showDay(day, locale);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    readable();
                    return null;
                }
                try {
                    LocalDate day = TypedDates.readDay(typed, locale);
                    readable();
                    return day;
                } catch (RuntimeException notADay) {
                    unreadableText = typed;
                    unreadable.set(true);
                    return getValue();
                }
            }
        });
        valueProperty().addListener((obs, old, day) -> readable());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTyped();
            }
        });
    }

    private void readable() {
        unreadableText = null;
        unreadable.set(false);
    }

    /** Takes what was typed but not yet committed with Enter (before the form is saved, say). */
    public void commitTyped() {
        if (isEditable()) {
            setValue(getConverter().fromString(getEditor().getText()));
            getEditor().setText(getConverter().toString(getValue()));
        }
    }

    /** True while the field holds text that is no day. */
    public ReadOnlyBooleanProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }
}
