package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.NEW_YORK_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DueOffsetTest {

    @Test
    void hoursAreExactElapsedTimeEvenAcrossAClockChange() {
        Instant before = instantAt("2026-03-28T12:00", BERLIN_ZONE);
        Instant due = DueOffset.hours(24).after(before, BERLIN_ZONE);
        assertEquals(Duration.ofHours(24), Duration.between(before, due));
        assertEquals(LocalDateTime.parse("2026-03-29T13:00"), LocalDateTime.ofInstant(due, BERLIN_ZONE));
    }

    @Test
    void daysAreCalendarDaysAtTheSameLocalTime() {
        Instant before = instantAt("2026-03-28T12:00", BERLIN_ZONE);
        Instant due = DueOffset.days(1).after(before, BERLIN_ZONE);
        assertEquals(instantAt("2026-03-29T12:00", BERLIN_ZONE), due);
        assertEquals(Duration.ofHours(23), Duration.between(before, due));
    }

    @Test
    void monthsAreCalendarMonthsEndingOnTheLastDayWhenTheDayIsMissing() {
        Instant endOfJanuary = instantAt("2026-01-31T10:00", BERLIN_ZONE);
        assertEquals(instantAt("2026-02-28T10:00", BERLIN_ZONE), DueOffset.months(1).after(endOfJanuary, BERLIN_ZONE));
        assertEquals(instantAt("2026-07-31T10:00", BERLIN_ZONE), DueOffset.months(6).after(endOfJanuary, BERLIN_ZONE));
    }

    @Test
    void aLocalTimeSkippedByTheClockChangeMovesForwardByTheGap() {
        Instant before = instantAt("2026-03-07T02:30", NEW_YORK_ZONE);
        Instant due = DueOffset.days(1).after(before, NEW_YORK_ZONE);
        assertEquals(LocalDateTime.parse("2026-03-08T03:30"), LocalDateTime.ofInstant(due, NEW_YORK_ZONE));
    }

    @Test
    void aLocalTimeThatHappensTwiceTakesTheEarlierOfTheTwo() {
        Instant before = instantAt("2026-10-24T02:30", BERLIN_ZONE);
        Instant due = DueOffset.days(1).after(before, BERLIN_ZONE);
        assertEquals(LocalDateTime.parse("2026-10-25T02:30").toInstant(ZoneOffset.ofHours(2)), due);
    }

    @Test
    void aLocalTimeThatHappensTwiceTakesTheEarlierOfTheTwoEvenWhenCountedFromWinterTime() {
        Instant winter = instantAt("2026-01-01T02:30", BERLIN_ZONE);
        Instant due = DueOffset.days(297).after(winter, BERLIN_ZONE);
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), due);
    }

    @Test
    void calendarOffsetsDependOnTheOwnersZoneButHoursDoNot() {
        Instant from = Instant.parse("2026-03-28T12:00:00Z");
        assertEquals(DueOffset.hours(48).after(from, BERLIN_ZONE), DueOffset.hours(48).after(from, NEW_YORK_ZONE));
        assertEquals(from.plus(Duration.ofHours(47)), DueOffset.days(2).after(from, BERLIN_ZONE));
        assertEquals(from.plus(Duration.ofHours(48)), DueOffset.days(2).after(from, ZoneOffset.UTC));
    }

    @Test
    void aZeroOffsetIsDueAtOnce() {
        Instant now = Instant.parse("2026-03-10T08:00:00Z");
        assertEquals(now, DueOffset.days(0).after(now, BERLIN_ZONE));
        assertEquals(now, DueOffset.hours(0).after(now, BERLIN_ZONE));
    }

    @Test
    void aFollowUpCannotFallDueBeforeWhatItFollows() {
        InvalidInput days = assertThrows(InvalidInput.class, () -> DueOffset.days(-1));
        assertEquals("A follow-up cannot fall due before the thing it follows.", days.getMessage());
        assertEquals("offset", days.field());
        assertThrows(InvalidInput.class, () -> DueOffset.hours(-24));
        assertThrows(InvalidInput.class, () -> DueOffset.months(-6));
    }

    @Test
    void anOffsetIsInHoursOrInDaysAndMonthsNotBoth() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new DueOffset(Period.ofDays(1), Duration.ofHours(2)));
        assertEquals("Give an offset in hours or in days and months, not both.", e.getMessage());
    }

    @Test
    void theStoredFormIsIso8601() {
        assertEquals("PT24H", DueOffset.hours(24).toString());
        assertEquals("P3D", DueOffset.days(3).toString());
        assertEquals("P6M", DueOffset.months(6).toString());
    }

    @Test
    void theStoredFormReadsBack() {
        assertEquals(DueOffset.hours(24), DueOffset.parse("PT24H"));
        assertEquals(DueOffset.days(3), DueOffset.parse("P3D"));
        assertEquals(DueOffset.months(6), DueOffset.parse("P6M"));
        for (DueOffset o : new DueOffset[] {DueOffset.hours(4), DueOffset.days(14), DueOffset.months(1), DueOffset.days(0)}) {
            assertEquals(o, DueOffset.parse(o.toString()), o.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3 days", "P", "PT", "P1DT2H", "P-3D", "PT-1H", "24"})
    void somethingThatIsNoOffsetIsRefusedNamingWhatWasTyped(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> DueOffset.parse(text));
        assertEquals("\"" + text + "\" is not an offset such as P3D, P6M or PT24H.", e.getMessage());
        assertEquals("offset", e.field());
    }
}
