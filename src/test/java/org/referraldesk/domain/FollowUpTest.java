package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final Instant DUE = Instant.parse("2026-03-11T08:00:00Z");
    private static final Instant BEFORE = DUE.minusSeconds(1);
    private static final Instant AFTER = DUE.plusSeconds(3600);

    private static FollowUp withState(Instant done, Instant snoozed, Instant skipped) {
        return new FollowUp(5, FollowUpKind.THANK_REFERRER, DUE, 1L, 7L, null, null, done, snoozed, skipped,
                skipped == null ? null : "Referrer on holiday");
    }

    @Test
    void aPlannedFollowUpIsNewAndOpen() {
        FollowUp f = FollowUp.planned(FollowUpKind.GIFT, DUE, 1L, 7L, new BigDecimal("200"));
        assertEquals(0, f.id());
        assertTrue(f.isOpen());
        assertEquals(new BigDecimal("200.00"), f.amount());
        assertEquals(DUE, f.effectiveDueAt());
    }

    @Test
    void itIsDueFromItsDueTimeOn() {
        FollowUp f = withState(null, null, null);
        assertFalse(f.isDueAt(BEFORE));
        assertTrue(f.isDueAt(DUE));
        assertTrue(f.isDueAt(AFTER));
    }

    @Test
    void aDoneOrSkippedFollowUpIsNeverDue() {
        assertFalse(withState(DUE, null, null).isOpen());
        assertFalse(withState(DUE, null, null).isDueAt(AFTER));
        assertFalse(withState(null, null, DUE).isOpen());
        assertFalse(withState(null, null, DUE).isDueAt(AFTER));
    }

    @Test
    void snoozingMovesWhenItIsDueButKeepsWhenItWasFirstDue() {
        Instant until = AFTER.plusSeconds(3600);
        FollowUp snoozed = withState(null, until, null);
        assertEquals(until, snoozed.effectiveDueAt());
        assertEquals(DUE, snoozed.dueAt());
        assertFalse(snoozed.isDueAt(AFTER));
        assertTrue(snoozed.isDueAt(until));
    }

    @Test
    void aBlankNoteIsNoNote() {
        assertNull(new FollowUp(0, FollowUpKind.CUSTOM, DUE, null, null, null, "  ", null, null, null, null).note());
    }

    @Test
    void aFollowUpNeedsAKindAndADueTime() {
        assertThrows(NullPointerException.class, () -> FollowUp.planned(null, DUE, 1L, null, null));
        assertThrows(NullPointerException.class, () -> FollowUp.planned(FollowUpKind.CUSTOM, null, 1L, null, null));
    }

    @Test
    void storingGivesItAnIdAndKeepsTheRest() {
        FollowUp f = withState(null, AFTER, null);
        FollowUp stored = f.withId(99);
        assertEquals(99, stored.id());
        assertEquals(new FollowUp(99, f.kind(), f.dueAt(), f.partnerId(), f.referralId(), f.amount(), f.note(),
                f.doneAt(), f.snoozedUntil(), f.skippedAt(), f.skipReason()), stored);
    }
}
