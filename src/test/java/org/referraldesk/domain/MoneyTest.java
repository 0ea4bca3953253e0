package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsHaveExactlyTwoDecimalPlaces() {
        assertEquals(new BigDecimal("10.00"), Money.of("10"));
        assertEquals(2, Money.of("0.1").scale());
        assertEquals(new BigDecimal("1234.50"), Money.cents(new BigDecimal("1234.5")));
    }

    @Test
    void halfCentsRoundToTheEvenCent() {
        assertEquals(new BigDecimal("2.34"), Money.of("2.345"));
        assertEquals(new BigDecimal("2.36"), Money.of("2.355"));
        assertEquals(new BigDecimal("2.35"), Money.of("2.3451"));
    }

    @Test
    void noAmountStaysNoAmount() {
        assertNull(Money.cents(null));
        assertNull(Money.optionalNonNegative("amount", null, "The amount"));
    }

    @Test
    void aRequiredAmountMustBePresent() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Money.requireNonNegative("amount", null, "The gift's amount"));
        assertEquals("The gift's amount is required.", e.getMessage());
        assertEquals("amount", e.field());
    }

    @Test
    void anAmountCannotBeNegative() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> Money.optionalNonNegative("estimatedValue", new BigDecimal("-0.01"), "The estimate"));
        assertEquals("The estimate cannot be negative.", e.getMessage());
        assertEquals("estimatedValue", e.field());
    }

    @Test
    void zeroIsAnAmount() {
        assertEquals(new BigDecimal("0.00"), Money.requireNonNegative("amount", BigDecimal.ZERO, "The amount"));
    }
}
