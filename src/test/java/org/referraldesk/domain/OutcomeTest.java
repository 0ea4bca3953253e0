package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void aWonJobKeepsRevenueAndProfitInCents() {
        Outcome.Won won = new Outcome.Won(new BigDecimal("5000"), new BigDecimal("1999.999"));
        assertEquals(new BigDecimal("5000.00"), won.revenue());
        assertEquals(new BigDecimal("2000.00"), won.profit());
        assertEquals(Stage.WON, won.stage());
    }

    @Test
    void negativeProfitIsRefusedWithAMessage() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> new Outcome.Won(new BigDecimal("1000.00"), new BigDecimal("-0.01")));
        assertEquals("Profit cannot be negative.", e.getMessage());
        assertEquals("profit", e.field());
    }

    @Test
    void negativeRevenueIsRefusedWithAMessage() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> new Outcome.Won(new BigDecimal("-1"), BigDecimal.ZERO));
        assertEquals("Revenue cannot be negative.", e.getMessage());
        assertEquals("revenue", e.field());
    }

    @Test
    void aWonJobNeedsRevenueAndProfit() {
        assertEquals("Revenue is required.",
                assertThrows(InvalidInput.class, () -> new Outcome.Won(null, BigDecimal.ONE)).getMessage());
        assertEquals("Profit is required.",
                assertThrows(InvalidInput.class, () -> new Outcome.Won(BigDecimal.TEN, null)).getMessage());
    }

    @Test
    void profitMoreThanTheRevenueIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> new Outcome.Won(new BigDecimal("1000.00"), new BigDecimal("1000.01")));
        assertEquals("Profit cannot be more than the revenue.", e.getMessage());
        assertEquals("profit", e.field());
    }

    @Test
    void profitEqualToTheRevenueOrZeroIsAllowed() {
        assertDoesNotThrow(() -> new Outcome.Won(new BigDecimal("1000.00"), new BigDecimal("1000")));
        assertDoesNotThrow(() -> new Outcome.Won(new BigDecimal("1000.00"), BigDecimal.ZERO));
    }

    @Test
    void notAFitNeedsAReason() {
        for (String blank : new String[] {null, "", "   \t"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> new Outcome.NotAFit(blank, "Dach & Co"));
            assertEquals("The reason it was not a fit must not be blank.", e.getMessage());
            assertEquals("reason", e.field());
        }
    }

    @Test
    void notAFitKeepsTheTrimmedReasonAndWhereWeSentTheClient() {
        Outcome.NotAFit notAFit = new Outcome.NotAFit("  We do not do roofs ", " Dach & Co ");
        assertEquals("We do not do roofs", notAFit.reason());
        assertEquals("Dach & Co", notAFit.onwardTo());
        assertEquals(Stage.NOT_A_FIT, notAFit.stage());
    }

    @Test
    void sendingTheClientOnIsOptional() {
        assertNull(new Outcome.NotAFit("Too small a job", "  ").onwardTo());
        assertNull(new Outcome.NotAFit("Too small a job", null).onwardTo());
    }

    @Test
    void aLostStoryNeedsAReason() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new Outcome.Lost(" "));
        assertEquals("The reason it was lost must not be blank.", e.getMessage());
        assertEquals("reason", e.field());
    }

    @Test
    void aLostStoryKeepsItsReason() {
        Outcome.Lost lost = new Outcome.Lost("Chose a cheaper offer");
        assertEquals("Chose a cheaper offer", lost.reason());
        assertEquals(Stage.LOST, lost.stage());
    }
}
