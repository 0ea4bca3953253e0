package org.referraldesk.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Submission times as form tools write them, read in the owner's zone unless they carry an offset. */
class SubmissionTimesTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant read(String text) {
        return SubmissionTimes.parse(text, BERLIN, false).orElseThrow(() -> new AssertionError("unread: " + text));
    }

    @Test
    void localTimesAreInTheOwnersZoneAndOffsetsAreKept() {
        assertEquals(Instant.parse("2026-11-20T13:05:33Z"), read("11/20/2026 14:05:33"));
        assertEquals(Instant.parse("2026-11-20T13:05:00Z"), read("2026-11-20 14:05"));
        assertEquals(Instant.parse("2026-07-20T12:05:00Z"), read("2026-07-20 14:05:00"), "summer time");
        assertEquals(Instant.parse("2026-11-20T14:05:33Z"), read("2026-11-20T14:05:33Z"));
        assertEquals(Instant.parse("2026-11-20T19:05:33Z"), read("2026-11-20 14:05:33 -05:00"));
        assertEquals(Instant.parse("2026-11-20T13:05:00Z"), read("20.11.2026 14:05"));
        assertEquals(Instant.parse("2026-11-20T13:05:00Z"), read("November 20, 2026 2:05 pm"));
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"), read("Nov 20, 2026"));
    }

    @Test
    void aDayAbove12MakesTheWholeColumnDayFirst() {
        assertTrue(SubmissionTimes.dayFirst(List.of("03/04/2026 10:00", "23/11/2026 08:15:00")));
        assertFalse(SubmissionTimes.dayFirst(List.of("03/04/2026 10:00", "11/23/2026 08:15:00")));
        assertEquals(Optional.of(Instant.parse("2026-04-03T08:00:00Z")),
                SubmissionTimes.parse("03/04/2026 10:00", BERLIN, true));
    }

    @Test
    void textThatIsNoTimeIsNotRead() {
        assertEquals(Optional.empty(), SubmissionTimes.parse("yesterday", BERLIN, false));
        assertEquals(Optional.empty(), SubmissionTimes.parse("  ", BERLIN, false));
    }
}
