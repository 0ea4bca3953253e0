package org.referraldesk.ui.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.TypedDates;

/**
 * What the "Log a touch" dialog asks: how (call, email, card, gift, meeting), when ("at": now unless
 * the owner changes the day or the time) and a note, in the form kit's {@link FormFields}.
 */
public final class LogTouchForm {
    static final String AT = "at";
    static final String NOTE = "note";

    private final Clock clock;
    private final ResourceBundle text;
    private final FormFields fields;
    private final ObjectProperty<TouchKind> kind = new SimpleObjectProperty<>(TouchKind.CALL);
    private LocalDate shownDate;
    private String shownTime;

    LogTouchForm(Clock clock, ResourceBundle text, BackgroundTasks tasks) {
        this.clock = clock;
        this.text = text;
        this.fields = new FormFields(tasks, text, List.of(AT, NOTE));
        reset();
    }

    /** A fresh form: a call, now, no note. */
    public void reset() {
        shownDate = LocalDate.now(clock);
        shownTime = TypedDates.showTime(LocalTime.now(clock));
        kind.set(TouchKind.CALL);
        fields.field(NOTE).set("");
        fields.day(AT).set(shownDate);
        fields.field(AT).set(shownTime);
        fields.clearMessages();
    }

    /**
     * When the touch happened: null for "now" (the day and time as the form first showed them), else
     * the typed day and time in the owner's zone.
     *
     * @throws InvalidInput on the "at" field when the day is missing or the time is not hours and minutes
     */
    Instant at() {
        LocalDate day = fields.date(AT);
        if (day == null) {
            throw new InvalidInput(AT, text.getString("touch.date.missing"));
        }
        String typed = fields.field(AT).get() == null ? "" : fields.field(AT).get().strip();
        if (day.equals(shownDate) && typed.equals(shownTime)) {
            return null;
        }
        try {
            LocalTime time = TypedDates.readTime(typed, Locale.getDefault(Locale.Category.FORMAT));
            return day.atTime(time).atZone(clock.getZone()).toInstant();
        } catch (RuntimeException notATime) {
            throw new InvalidInput(AT, text.getString("touch.time.bad"));
        }
    }

    /** The fields, for the dialog to bind and the view model to save. */
    public FormFields fields() {
        return fields;
    }

    public List<TouchKind> kinds() {
        return List.of(TouchKind.values());
    }

    public ObjectProperty<TouchKind> kindProperty() {
        return kind;
    }

    public StringProperty noteProperty() {
        return fields.field(NOTE);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return fields.day(AT);
    }

    public StringProperty timeProperty() {
        return fields.field(AT);
    }

    public ReadOnlyStringProperty whenErrorProperty() {
        return fields.errorOf(AT);
    }

    public ReadOnlyStringProperty errorProperty() {
        return fields.formErrorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return fields.savingProperty();
    }
}
