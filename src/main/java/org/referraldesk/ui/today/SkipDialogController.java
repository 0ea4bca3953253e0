package org.referraldesk.ui.today;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The Skip dialog's field: the reason, with its message underneath. */
public final class SkipDialogController implements TodayDialogs.Content<String> {
    @FXML private TextField reasonField;
    @FXML private Label reasonError;

    @Override
    public void bind(TodayForm<String> form) {
        reasonField.textProperty().bindBidirectional(form.valueProperty());
        TodayDialogs.showError(reasonError, form);
    }

    @Override
    public javafx.scene.Node focus() {
        return reasonField;
    }
}
