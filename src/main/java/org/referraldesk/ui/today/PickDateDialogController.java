package org.referraldesk.ui.today;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;

/** The Pick a date dialog's field: the day to snooze until, with its message underneath. */
public final class PickDateDialogController implements TodayDialogs.Content<LocalDate> {
    @FXML private DatePicker datePicker;
    @FXML private Label dateError;

    @Override
    public void bind(TodayForm<LocalDate> form) {
        datePicker.valueProperty().bindBidirectional(form.valueProperty());
        TodayDialogs.showError(dateError, form);
    }

    /** Takes a typed date that has not been committed with Enter yet. */
    @Override
    public void commit() {
        String typed = datePicker.getEditor().getText();
        try {
            datePicker.setValue(typed == null || typed.isBlank() ? null
                    : datePicker.getConverter().fromString(typed));
        } catch (RuntimeException notADate) {
            datePicker.setValue(null);
        }
    }

    @Override
    public Node focus() {
        return datePicker;
    }
}
