package org.referraldesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Wording;

/** A count chooses its words: one day, two days; one referral, two referrals. */
class CountsReadRightTest {
    private final Wording today = new Wording(ResourceBundle.getBundle("org.referraldesk.ui.today.messages"),
            Locale.UK);
    private final Wording shared = new Wording(ResourceBundle.getBundle("org.referraldesk.ui.messages"), Locale.UK);
    private final Wording cards = new Wording(ResourceBundle.getBundle("org.referraldesk.ui.cards.messages"),
            Locale.UK);

    @Test
    void oneDayOverdueAndTwoDaysOverdue() {
        assertEquals("1 day overdue", today.format("late.days", 1));
        assertEquals("2 days overdue", today.format("late.days", 2));
    }

    @Test
    void oneReferralAndTwoReferrals() {
        assertEquals("1 referral", shared.format("referrals.count", 1));
        assertEquals("2 referrals", shared.format("referrals.count", 2));
        assertEquals("1,234 referrals", shared.format("referrals.count", 1234));
        assertEquals("First 50 of 1 referral", shared.format("referrals.countOf", 50, 1));
    }

    @Test
    void savedOneCardAndSavedTwoCards() {
        assertEquals("Saved 1 card to cards.pdf.", cards.format("cards.saved", 1, "cards.pdf"));
        assertEquals("Saved 2 cards to cards.pdf.", cards.format("cards.saved", 2, "cards.pdf"));
    }

    @Test
    void aGermanOwnerReadsTheNumberGroupedAsInGermany() {
        Wording german = new Wording(ResourceBundle.getBundle("org.referraldesk.ui.messages"), Locale.GERMANY);
        assertEquals("1.234 referrals", german.format("referrals.count", 1234));
    }
}
