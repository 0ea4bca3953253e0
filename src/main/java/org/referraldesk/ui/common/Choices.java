package org.referraldesk.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** Fills a ChoiceBox from a view model's choices and labels, and keeps it in step with a property. */
public final class Choices {
    private Choices() {
    }

    public static <T> void fill(ChoiceBox<T> box, List<T> choices, Function<T, String> label, Property<T> value) {
        box.getItems().setAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return label.apply(choice);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
        box.setValue(value.getValue());
        box.valueProperty().bindBidirectional(value);
    }
}
