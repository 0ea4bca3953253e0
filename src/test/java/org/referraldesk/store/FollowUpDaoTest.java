package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Referral;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalContacts;

class FollowUpDaoTest {
    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    @TempDir
    Path dir;
    private TempDesk desk;
    private long anna;
    private long story;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        long ben = desk.in(tx -> tx.contacts().insert(TypicalContacts.BEN, NOW));
        story = desk.in(tx -> tx.referrals().insert(Referral.received(anna, ben, Channel.PHONE, "Boiler",
                WEEK_AGO.minus(Duration.ofDays(1)), null)));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aFollowUpComesBackWithItsExactAmountAndOpen() {
        FollowUp gift = FollowUp.planned(FollowUpKind.GIFT, TOMORROW, anna, story, new BigDecimal("12.5"));
        long id = insert(gift);
        FollowUp back = desk.in(tx -> tx.followUps().find(id)).orElseThrow();
        assertEquals(gift.withId(id), back);
        assertEquals(new BigDecimal("12.50"), back.amount());
        assertTrue(back.isOpen());
        assertTrue(desk.in(tx -> tx.followUps().find(id + 1)).isEmpty());
    }

    @Test
    void markingDoneStoresWhenAndCloses() {
        long id = insert(planned(FollowUpKind.THANK_REFERRER, DAY_AGO));
        desk.use(tx -> tx.followUps().markDone(id, NOW));
        FollowUp back = desk.in(tx -> tx.followUps().find(id)).orElseThrow();
        assertEquals(NOW, back.doneAt());
        assertFalse(back.isOpen());
        assertEquals(0, desk.count(tx -> tx.followUps().countOpen()));
    }

    @Test
    void snoozingKeepsTheOriginalDueTime() {
        long id = insert(planned(FollowUpKind.THANK_REFERRER, DAY_AGO));
        desk.use(tx -> tx.followUps().snooze(id, TOMORROW));
        FollowUp back = desk.in(tx -> tx.followUps().find(id)).orElseThrow();
        assertEquals(DAY_AGO, back.dueAt());
        assertEquals(TOMORROW, back.snoozedUntil());
        assertTrue(back.isOpen());
    }

    @Test
    void skippingStoresWhenAndWhy() {
        long id = insert(planned(FollowUpKind.PUBLIC_THANKS, DAY_AGO));
        desk.use(tx -> tx.followUps().skip(id, NOW, "Prefers to stay private"));
        FollowUp back = desk.in(tx -> tx.followUps().find(id)).orElseThrow();
        assertEquals(NOW, back.skippedAt());
        assertEquals("Prefers to stay private", back.skipReason());
        assertFalse(back.isOpen());
    }

    @Test
    void reschedulingMovesTheDueTimeAndDropsTheSnooze() {
        long id = insert(planned(FollowUpKind.HERO_CHECK_IN, DAY_AGO));
        desk.use(tx -> tx.followUps().snooze(id, TOMORROW));
        desk.use(tx -> tx.followUps().reschedule(id, WEEK_AGO));
        FollowUp back = desk.in(tx -> tx.followUps().find(id)).orElseThrow();
        assertEquals(WEEK_AGO, back.dueAt());
        assertNull(back.snoozedUntil());
    }

    @Test
    void aStorysFollowUpsComeInDueOrderDoneOnesIncluded() {
        long later = insert(planned(FollowUpKind.HANDWRITTEN_CARD, TOMORROW));
        long first = insert(planned(FollowUpKind.RESPOND_TO_CLIENT, WEEK_AGO));
        long done = insert(planned(FollowUpKind.THANK_REFERRER, DAY_AGO));
        desk.use(tx -> tx.followUps().markDone(done, NOW));
        insert(FollowUp.planned(FollowUpKind.HERO_CHECK_IN, WEEK_AGO, anna, null, null));
        assertEquals(List.of(first, done, later),
                desk.in(tx -> tx.followUps().forReferral(story)).stream().map(FollowUp::id).toList());
    }

    @Test
    void openOfKindFindsOnlyTheOpenOnesOfThatKindForThatPartner() {
        long open = insert(FollowUp.planned(FollowUpKind.HERO_CHECK_IN, TOMORROW, anna, null, null));
        long done = insert(FollowUp.planned(FollowUpKind.HERO_CHECK_IN, WEEK_AGO, anna, null, null));
        desk.use(tx -> tx.followUps().markDone(done, DAY_AGO));
        insert(planned(FollowUpKind.THANK_REFERRER, DAY_AGO));
        List<FollowUp> found = desk.in(tx -> tx.followUps().openOfKind(anna, FollowUpKind.HERO_CHECK_IN));
        assertEquals(List.of(open), found.stream().map(FollowUp::id).toList());
        assertTrue(desk.in(tx -> tx.followUps().openOfKind(anna + 100, FollowUpKind.HERO_CHECK_IN)).isEmpty());
    }

    @Test
    void theDueListHasOpenFollowUpsLongestOverdueFirstWithSnoozesCountingAtTheirSnoozeTime() {
        long dayAgo = insert(planned(FollowUpKind.THANK_REFERRER, DAY_AGO));
        long weekAgo = insert(planned(FollowUpKind.RESPOND_TO_CLIENT, WEEK_AGO));
        long snoozedPast = insert(planned(FollowUpKind.HANDWRITTEN_CARD, WEEK_AGO.minus(Duration.ofDays(1))));
        long snoozedAway = insert(planned(FollowUpKind.UPDATE_REFERRER, WEEK_AGO));
        long done = insert(planned(FollowUpKind.PUBLIC_THANKS, WEEK_AGO));
        long skipped = insert(planned(FollowUpKind.GIFT, WEEK_AGO));
        insert(planned(FollowUpKind.CLIENT_CALLBACK, TOMORROW));
        desk.use(tx -> {
            tx.followUps().snooze(snoozedPast, NOW.minus(Duration.ofHours(2)));
            tx.followUps().snooze(snoozedAway, TOMORROW.plus(Duration.ofHours(1)));
            tx.followUps().markDone(done, NOW);
            tx.followUps().skip(skipped, NOW, "No gifts this time");
        });
        List<FollowUpLine> due = desk.in(tx -> tx.followUps().dueBy(NOW));
        assertEquals(List.of(weekAgo, dayAgo, snoozedPast), due.stream().map(FollowUpLine::id).toList());
        assertEquals(NOW.minus(Duration.ofHours(2)), due.get(2).effectiveDueAt());
        assertEquals("Anna Keller", due.get(0).partnerName());
        assertEquals("Ben Okafor", due.get(0).clientName());
        assertEquals(5, desk.in(tx -> tx.followUps().dueBy(TOMORROW.plus(Duration.ofHours(1)))).size());
        assertEquals(5, desk.count(tx -> tx.followUps().countOpen()));
    }

    @Test
    void aPartnersFollowUpIsOnTheDueListWithoutAClient() {
        insert(FollowUp.planned(FollowUpKind.HERO_CHECK_IN, DAY_AGO, anna, null, null));
        FollowUpLine line = desk.in(tx -> tx.followUps().dueBy(NOW)).get(0);
        assertEquals("Anna Keller", line.partnerName());
        assertNull(line.referralId());
        assertNull(line.clientName());
    }

    private FollowUp planned(FollowUpKind kind, Instant due) {
        return FollowUp.planned(kind, due, anna, story, null);
    }

    private long insert(FollowUp followUp) {
        return desk.in(tx -> tx.followUps().insert(followUp));
    }
}
