package org.referraldesk.ui.newreferral;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Puts each field's message where the owner sees it. ControlsFX marks every field with a message
 * (and the required ones) at once, the message itself on hover; the text under the field and its
 * red frame appear once the owner has left the field, or for every field once they tried to save.
 */
final class FieldMessages {
    private final ValidationSupport support = new ValidationSupport();
    private final ObservableBooleanValue showAll;

    FieldMessages(ObservableBooleanValue showAll) {
        this.showAll = showAll;
        support.setValidationDecorator(new InsideRight());
    }

    /** Shows {@code message} (null: all is well) on {@code field} and in {@code label} under it. */
    void watch(Control field, boolean required, ObservableStringValue message, Label label) {
        support.registerValidator(field, required,
                (Control control, Object value) -> ValidationResult.fromErrorIf(control, message.get(),
                        message.get() != null));
        message.addListener((obs, old, now) -> support.revalidate(field));

        BooleanProperty visited = new SimpleBooleanProperty(false);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                visited.set(true);
            }
        });
        BooleanBinding shown = visited.or(showAll).and(Bindings.isNotNull(message));
        label.textProperty().bind(message);
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
        shown.addListener((obs, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now));
    }

    /** ControlsFX's marks, with the error sign inside the field's right end, clear of the text under it. */
    private static final class InsideRight extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, -14, 0));
        }
    }
}
