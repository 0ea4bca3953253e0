package org.referraldesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date field shows days as every date on screen is shown, and reads them as the owner types them. */
class TypedDatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void aDayIsShownAsEveryDateOnScreenIs() {
        assertEquals("23 Nov 2026", TypedDates.showDay(DAY, Locale.UK));
        assertEquals("23 Nov. 2026", TypedDates.showDay(DAY, Locale.GERMANY));
        assertEquals(DAY, TypedDates.readDay("23 nov 2026", Locale.UK), "as shown, in any case");
    }

    @Test
    void aDayIsReadAsTheLocalesShortDateWithTheWholeYearOrAsAnIsoDay() {
        assertEquals(DAY, TypedDates.readDay("23.11.2026", Locale.GERMANY));
        assertEquals(DAY, TypedDates.readDay("23/11/2026", Locale.UK));
        assertEquals(DAY, TypedDates.readDay("11/23/2026", Locale.US));
        assertEquals(DAY, TypedDates.readDay("2026-11-23", Locale.GERMANY), "an ISO day is read everywhere");
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        assertThrows(DateTimeParseException.class, () -> TypedDates.readDay("30/02/2026", Locale.UK));
        assertThrows(DateTimeParseException.class, () -> TypedDates.readDay("soon", Locale.UK));
    }

    @Test
    void aTimeIsHoursAndMinutesOrTheLocalesOwnShortTime() {
        assertEquals("09:00", TypedDates.showTime(LocalTime.of(9, 0)));
        assertEquals(LocalTime.of(8, 45), TypedDates.readTime("8:45", Locale.UK));
        assertEquals(LocalTime.of(14, 30), TypedDates.readTime("2:30 PM", Locale.US));
        assertThrows(DateTimeParseException.class, () -> TypedDates.readTime("half past", Locale.UK));
    }
}
