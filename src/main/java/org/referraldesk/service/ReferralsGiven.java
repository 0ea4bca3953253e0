package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Ledger;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralGiven;
import org.referraldesk.domain.Stage;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Referrals the owner gives: a not-a-fit client sent on to someone who fits better, or one logged by
 * hand for a partner, so each partner page can show the two-way ledger: referrals received from them
 * and given to them.
 */
public final class ReferralsGiven {
    private final Store store;
    private final Clock clock;

    public ReferralsGiven(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Logs a referral given to partner {@code toPartnerId}: the client (found by name or added), the day
     * (null: today) and a note. The client's name is required; the day cannot be in the future.
     */
    public ReferralGiven logGiven(long toPartnerId, String clientName, LocalDate givenOn, String note) {
        String client = FieldLimits.requiredLine("client", clientName, FieldLimits.NAME, "label.clientName");
        String text = FieldLimits.text("note", note, FieldLimits.NOTE, "label.note");
        return store.inTransaction(tx -> {
            tx.partners().find(toPartnerId).orElseThrow(() -> new NotFound("partner", toPartnerId));
            Instant now = clock.instant();
            ZoneId zone = clock.getZone();
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate day = givenOn == null ? today : givenOn;
            if (day.isAfter(today)) {
                throw new InvalidInput("givenOn", "given.future");
            }
            if (day.isBefore(LocalDate.of(1970, 1, 1))) {
                throw new InvalidInput("givenOn", "time.tooEarly", InvalidInput.label("label.givenDay"));
            }
            long clientId = People.findOrAdd(tx, Contact.named(client, null), now);
            if (clientId == toPartnerId) {
                throw new InvalidInput("client", "given.samePerson");
            }
            Instant at = day.equals(today) ? now : day.atTime(Gifts.EARLIER_DAY_TOUCH).atZone(zone).toInstant();
            ReferralGiven given = ReferralGiven.of(toPartnerId, clientId, null, at, text);
            return new ReferralGiven(tx.referralsGiven().insert(given), toPartnerId, clientId, null, at, given.note());
        });
    }

    /** The two-way ledger with one partner: what they sent us and what we gave them, newest first. */
    public Ledger ledger(long partnerId) {
        return store.inTransaction(tx -> {
            tx.partners().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
            return new Ledger(partnerId, tx.partnerSummaries().stories(partnerId),
                    tx.referralsGiven().givenTo(partnerId));
        });
    }

    /**
     * A story closed as not a fit with an onward name: the named person (found by name, or added as a
     * contact) is recorded as given the client. They do not become a partner by it (a partner is someone
     * who refers to us); should they refer one day, their ledger already shows what we gave them.
     */
    static void recordOnward(Tx tx, Referral closed, Instant at) {
        if (closed.stage() != Stage.NOT_A_FIT || closed.onwardTo() == null) {
            return;
        }
        long toId = People.findOrAdd(tx, Contact.named(closed.onwardTo(), null), at);
        if (toId == closed.clientId()) {
            throw new InvalidInput("onward", "given.onwardSelf");
        }
        tx.referralsGiven().deleteFromStory(closed.id());
        tx.referralsGiven().insert(ReferralGiven.of(toId, closed.clientId(), closed.id(), at,
                org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").format("given.notAFit",
                        String.valueOf(closed.closeReason()))));
    }
}
