package org.referraldesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money are exact decimals with two places, never floating point. */
public final class Money {
    private Money() {
    }

    public static BigDecimal of(String text) {
        return new BigDecimal(text).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Rounds to cents; null stays null. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Requires a present, non-negative amount. */
    public static BigDecimal requireNonNegative(String field, BigDecimal amount, String label) {
        if (amount == null) {
            throw new InvalidInput(field, "money.required", InvalidInput.label(label));
        }
        if (amount.signum() < 0) {
            throw new InvalidInput(field, "money.negative", InvalidInput.label(label));
        }
        return cents(amount);
    }

    /** Allows a missing amount, but not a negative one. */
    public static BigDecimal optionalNonNegative(String field, BigDecimal amount, String label) {
        return amount == null ? null : requireNonNegative(field, amount, label);
    }
}
