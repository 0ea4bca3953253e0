package org.referraldesk.ui.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.TouchKind;

/**
 * What the "Log a touch" dialog asks: how (call, email, card, gift, meeting), when (now unless the
 * owner changes the day or the time) and a note.
 */
public final class LogTouchForm {
    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm");

    private final Clock clock;
    private final ResourceBundle text;
    private final ObjectProperty<TouchKind> kind = new SimpleObjectProperty<>(TouchKind.CALL);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty whenError = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private LocalDate shownDate;
    private String shownTime;

    LogTouchForm(Clock clock, ResourceBundle text) {
        this.clock = clock;
        this.text = text;
        date.addListener((obs, old, day) -> whenError.set(""));
        time.addListener((obs, old, typed) -> whenError.set(""));
        reset();
    }

    /** A fresh form: a call, now, no note. */
    public void reset() {
        shownDate = LocalDate.now(clock);
        shownTime = TIME_SHOWN.format(LocalTime.now(clock));
        kind.set(TouchKind.CALL);
        note.set("");
        date.set(shownDate);
        time.set(shownTime);
        whenError.set("");
        error.set("");
    }

    /**
     * When the touch happened: null for "now" (the day and time as the form first showed them), else
     * the typed day and time in the owner's zone.
     *
     * @throws InvalidInput on the "at" field when the day is missing or the time is not hours and minutes
     */
    Instant at() {
        if (date.get() == null) {
            throw new InvalidInput("at", text.getString("touch.date.missing"));
        }
        String typed = time.get() == null ? "" : time.get().strip();
        if (date.get().equals(shownDate) && typed.equals(shownTime)) {
            return null;
        }
        try {
            LocalTime localTime = LocalTime.parse(typed, TIME_TYPED);
            return date.get().atTime(localTime).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", text.getString("touch.time.bad"));
        }
    }

    void clearErrors() {
        whenError.set("");
        error.set("");
    }

    /** Shows a refusal on the when fields, or above the form when it concerns the whole touch. */
    void show(InvalidInput refusal) {
        if ("at".equals(refusal.field())) {
            whenError.set(refusal.getMessage());
        } else {
            error.set(refusal.getMessage());
        }
    }

    void setBusy(boolean running) {
        busy.set(running);
    }

    public List<TouchKind> kinds() {
        return List.of(TouchKind.values());
    }

    public ObjectProperty<TouchKind> kindProperty() {
        return kind;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ReadOnlyStringProperty whenErrorProperty() {
        return whenError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
