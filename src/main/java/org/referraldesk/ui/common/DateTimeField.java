package org.referraldesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * A day and a time of day, where the time matters (when a referral arrived, when a touch happened):
 * the {@link DateField} and beside it the hours and minutes ({@link TypedDates#readTime}).
 */
public class DateTimeField extends HBox {
    private final DateField date = new DateField();
    private final TextField time = new TextField();

    public DateTimeField() {
        super(8);
        getStyleClass().add("date-time-field");
        setAlignment(Pos.CENTER_LEFT);
        time.getStyleClass().add("time-field");
        time.setPrefColumnCount(5);
        getChildren().setAll(date, time);
    }

    public DateField date() {
        return date;
    }

    public TextField time() {
        return time;
    }

    @Override
    public void requestFocus() {
        date.requestFocus();
    }
}
