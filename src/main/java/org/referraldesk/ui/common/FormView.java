package org.referraldesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * How a view shows a form, the same in every dialog: each input bound to its field in
 * {@link FormFields}, the field's message in a label under it (taking no room while there is none)
 * and the input framed red while it has one.
 */
public final class FormView {
    private FormView() {
    }

    /**
     * Binds the inputs inside {@code content} named after the form's fields: an input with the field's
     * id (a text input, a {@link DateField} or a {@link DateTimeField}), a label {@code <field>Error}
     * for its message, and a label {@code formError} for the form's.
     */
    public static void bindAll(Node content, FormFields form) {
        for (String name : form.fields()) {
            Node input = content.lookup("#" + name);
            if (input != null) {
                bind(form, name, input, (Label) content.lookup("#" + name + "Error"));
            }
        }
        if (content.lookup("#formError") instanceof Label formError) {
            message(formError, form.formErrorProperty());
        }
    }

    /** Binds one input to field {@code name}; {@code error} (may be null) shows its message. */
    public static void bind(FormFields form, String name, Node input, Label error) {
        if (input instanceof DateTimeField both) {
            bindDay(form, name, both.date());
            both.time().textProperty().bindBidirectional(form.field(name));
        } else if (input instanceof DateField date) {
            bindDay(form, name, date);
        } else if (input instanceof TextInputControl typed) {
            typed.textProperty().bindBidirectional(form.field(name));
        } else {
            throw new IllegalArgumentException("No way to bind " + input + " to field " + name);
        }
        mark(input, form.errorOf(name));
        if (error != null) {
            message(error, form.errorOf(name));
        }
    }

    private static void bindDay(FormFields form, String name, DateField date) {
        date.valueProperty().bindBidirectional(form.day(name));
        form.unreadableDay(name).bind(date.unreadableProperty());
    }

    /** {@code label} shows {@code message} while there is one (null or empty: hidden, taking no room). */
    public static void message(Label label, ObservableStringValue message) {
        message(label, message, new SimpleBooleanProperty(true));
    }

    /** As {@link #message(Label, ObservableStringValue)}, but only while {@code when} holds. */
    public static void message(Label label, ObservableStringValue message, ObservableBooleanValue when) {
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> when.get() && message.get() != null && !message.get().isEmpty(), message, when);
        if (!label.getStyleClass().contains("field-error")) {
            label.getStyleClass().add("field-error");
        }
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.textProperty().bind(message);
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
    }

    /** Frames {@code input} red while {@code message} has something to say. */
    public static void mark(Node input, ObservableStringValue message) {
        mark(input, message, new SimpleBooleanProperty(true));
    }

    /** As {@link #mark(Node, ObservableStringValue)}, but only while {@code when} holds. */
    public static void mark(Node input, ObservableStringValue message, ObservableBooleanValue when) {
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> when.get() && message.get() != null && !message.get().isEmpty(), message, when);
        Node framed = input instanceof DateTimeField both ? both.date() : input;
        framed.pseudoClassStateChanged(Styles.STATE_DANGER, shown.get());
        shown.addListener((obs, was, now) -> framed.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        if (input instanceof DateTimeField both) {
            shown.addListener((obs, was, now) -> both.time().pseudoClassStateChanged(Styles.STATE_DANGER, now));
        }
        input.getProperties().put("form-view-mark", shown);
    }

    /**
     * True once the owner has left {@code input} or {@code always} holds (they tried to save): from then
     * on its message shows (New referral waits until a field was visited).
     */
    public static ObservableBooleanValue afterVisit(Node input, ObservableBooleanValue always) {
        BooleanProperty visited = new SimpleBooleanProperty(false);
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                visited.set(true);
            }
        });
        if (input instanceof DateTimeField both) {
            both.time().focusedProperty().addListener((obs, was, focused) -> visited.set(visited.get() || !focused));
            both.date().focusedProperty().addListener((obs, was, focused) -> visited.set(visited.get() || !focused));
        }
        return visited.or(always);
    }
}
