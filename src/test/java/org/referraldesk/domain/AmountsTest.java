package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts are read as the owner's locale writes them, and what could be read two ways is refused. */
class AmountsTest {
    private static final Locale GERMAN = Locale.GERMANY;
    private static final Locale ENGLISH = Locale.UK;

    @Test
    void underAGermanLocaleTheCommaIsTheDecimalAndThePointGroupsThousands() {
        assertEquals(new BigDecimal("1234.50"), Amounts.read("1.234,50", GERMAN));
        assertEquals(new BigDecimal("1234"), Amounts.read("1.234", GERMAN));
        assertEquals(new BigDecimal("1234567.89"), Amounts.read("1.234.567,89", GERMAN));
        assertEquals(new BigDecimal("180.00"), Amounts.read("180,00", GERMAN));
        assertEquals(new BigDecimal("1200.50"), Amounts.read("1 200,50", GERMAN));
    }

    @Test
    void underAnEnglishLocaleThePointIsTheDecimalAndTheCommaGroupsThousands() {
        assertEquals(new BigDecimal("1234.50"), Amounts.read("1,234.50", ENGLISH));
        assertEquals(new BigDecimal("1234"), Amounts.read("1,234", ENGLISH));
        assertEquals(new BigDecimal("1234567.89"), Amounts.read("1,234,567.89", ENGLISH));
        assertEquals(new BigDecimal("2000"), Amounts.read(" 2000 ", ENGLISH));
        assertEquals(new BigDecimal("1200.50"), Amounts.read("1 200.50", ENGLISH));
    }

    @Test
    void aDecimalCommaOrPointWithOneOrTwoPlacesIsReadUnderEitherLocale() {
        assertEquals(new BigDecimal("180.00"), Amounts.read("180,00", ENGLISH), "a comma before two places groups nothing");
        assertEquals(new BigDecimal("12.5"), Amounts.read("12.5", GERMAN), "a point before one place groups nothing");
        assertEquals(new BigDecimal("-5"), Amounts.read("-5", ENGLISH), "the sign is kept for the form to judge");
    }

    @Test
    void whatCouldBeReadTwoWaysOrIsNoNumberIsRefused() {
        for (String english : List.of("1.234,50", "12.345", "1.234.567", "1,23,4", "12.", "abc", "45 EUR", "", "1,2345")) {
            assertThrows(NumberFormatException.class, () -> Amounts.read(english, ENGLISH), english);
        }
        for (String german : List.of("1,234.50", "12,345", "1,234,567", "1.23.4", "12,", "zwei", "€45", "-")) {
            assertThrows(NumberFormatException.class, () -> Amounts.read(german, GERMAN), german);
        }
    }

    @Test
    void anAmountIsWrittenTheWayTheOwnerTypesIt() {
        assertEquals("1234.50", Amounts.write(new BigDecimal("1234.50"), ENGLISH));
        assertEquals("1234,50", Amounts.write(new BigDecimal("1234.50"), GERMAN));
        assertEquals(new BigDecimal("1234.50"), Amounts.read(Amounts.write(new BigDecimal("1234.50"), GERMAN), GERMAN));
    }
}
