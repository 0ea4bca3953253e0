package org.referraldesk.ui.common;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.scene.control.TextField;
import org.referraldesk.domain.Amounts;

/**
 * A text field for an amount of money, read by {@link Amounts} in the owner's locale; its example
 * (in FXML {@code example="45.00"}) is shown as the prompt the way the owner types it ("45,00" in Germany).
 */
public class AmountField extends TextField {
    private String example = "";

    public AmountField() {
        getStyleClass().add("amount-field");
    }

    public String getExample() {
        return example;
    }

    public void setExample(String plain) {
        example = plain;
        setPromptText(plain == null || plain.isBlank() ? ""
                : Amounts.write(new BigDecimal(plain), Locale.getDefault(Locale.Category.FORMAT)));
    }
}
