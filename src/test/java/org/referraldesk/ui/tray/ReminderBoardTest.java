package org.referraldesk.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.service.Announcement;

/** The board keeps the due count and says each newly due batch once, one by one or as a summary. */
class ReminderBoardTest {
    private static final Instant DUE = Instant.parse("2026-03-11T08:00:00Z");
    private final List<Notice> notices = new ArrayList<>();
    private final ReminderBoard board = new ReminderBoard(
            new ReminderTexts(ResourceBundle.getBundle("org.referraldesk.ui.tray.messages")));

    {
        board.announceThrough(notices::add);
    }

    @Test
    void oneNewlyDueFollowUpIsSaidWithItsClient() {
        board.show(new Announcement(List.of(line(1, FollowUpKind.RESPOND_TO_CLIENT, "Ben Okafor")), false,
                Duration.ofSeconds(30), 3));
        assertEquals(List.of(new Notice("Follow-up due", "Answer the client \u2013 Ben Okafor")), notices);
        assertEquals(3, board.overdueProperty().get());
    }

    @Test
    void aPartnerCheckInIsSaidWithThePartner() {
        board.show(new Announcement(List.of(new FollowUpLine(2, FollowUpKind.HERO_CHECK_IN, DUE, null, 9L,
                "Anna Keller", null, null, null)), false, Duration.ZERO, 1));
        assertEquals("Check in with the referrer \u2013 Anna Keller", notices.get(0).text());
    }

    @Test
    void manyAfterAnAbsenceAreOneSummary() {
        List<FollowUpLine> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(line(i, FollowUpKind.THANK_REFERRER, "Client " + i));
        }
        board.show(new Announcement(seven, true, Duration.ofHours(10), 9));
        assertEquals(List.of(new Notice("While you were away",
                "7 follow-ups became due while Referral Desk was away. Open Today to work through them.")), notices);
    }

    @Test
    void aQuietCheckOnlyUpdatesTheCount() {
        board.show(new Announcement(List.of(), false, Duration.ofSeconds(30), 4));
        assertEquals(List.of(), notices);
        assertEquals(4, board.overdueProperty().get());
    }

    private static FollowUpLine line(long id, FollowUpKind kind, String client) {
        return new FollowUpLine(id, kind, DUE, null, 9L, "Anna Keller", 5L, client, BigDecimal.ZERO);
    }
}
