package org.referraldesk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.ReferralGiven;
import org.referraldesk.store.Tx;

/**
 * The sample desk's thanks: the banker accepts no gifts from the start (so her won story shows why
 * there is no gift), the first hero's gift is logged, and a few referrals given by hand fill the
 * two-way ledgers.
 */
final class SampleThanks {
    private SampleThanks() {
    }

    static void beforeStories(Tx tx, List<Contact> heroes) {
        long banker = id(tx, heroes.get(3));
        tx.partners().save(new PartnerSettings(banker, 182, false, true, "Bank policy: no gifts", false));
    }

    static void afterStories(Tx tx, List<Contact> heroes, Gifts gifts, Instant now) {
        long first = id(tx, heroes.get(0));
        for (FollowUp gift : tx.followUps().openOfKind(first, FollowUpKind.GIFT)) {
            BigDecimal amount = gift.amount().multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP);
            gifts.log(tx, new GiftEntry(first, gift.referralId(), gift.id(), "A bottle of Islay single malt", amount,
                    null));
        }
        given(tx, heroes.get(0), "Castle Bakery", now.minus(Duration.ofDays(40)), "Needed an accountant for the new shop");
        given(tx, heroes.get(0), "Rosa Lind", now.minus(Duration.ofDays(95)), "Payroll for a small charity");
        given(tx, heroes.get(1), "Tom Reyes", now.minus(Duration.ofDays(60)), "A lease to look over");
        given(tx, heroes.get(7), "Hill Street Gym", now.minus(Duration.ofDays(20)), "Plans for a mezzanine floor");
    }

    private static void given(Tx tx, Contact to, String clientName, Instant at, String note) {
        long client = People.findOrAdd(tx, Contact.named(clientName, null), at);
        tx.referralsGiven().insert(ReferralGiven.of(id(tx, to), client, null, at, note));
    }

    private static long id(Tx tx, Contact hero) {
        return tx.contacts().findByEmail(hero.email()).orElseThrow().id();
    }
}
