package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * A realistic desk to try the app with: sixteen partners and forty-eight stories of a small IT business,
 * in every stage, with follow-ups overdue, due today and due later. Always the same data for the
 * same clock. Added in one transaction, and only to an empty desk.
 */
public final class SampleData {
    private static final Stage[] PLAN = {
        Stage.RECEIVED, Stage.RECEIVED, Stage.RECEIVED, Stage.RECEIVED,
        Stage.CONTACTED, Stage.CONTACTED, Stage.CONTACTED, Stage.CONTACTED, Stage.CONTACTED,
        Stage.MEETING_BOOKED, Stage.MEETING_BOOKED, Stage.MEETING_BOOKED, Stage.MEETING_BOOKED,
        Stage.MET, Stage.MET, Stage.MET, Stage.MET,
        Stage.PROPOSAL_SENT, Stage.PROPOSAL_SENT, Stage.PROPOSAL_SENT, Stage.PROPOSAL_SENT,
        Stage.WON, Stage.WON, Stage.WON, Stage.WON, Stage.WON, Stage.WON, Stage.WON, Stage.WON, Stage.WON,
        Stage.NOT_A_FIT, Stage.NOT_A_FIT, Stage.NOT_A_FIT, Stage.NOT_A_FIT, Stage.NOT_A_FIT,
        Stage.LOST, Stage.LOST, Stage.LOST, Stage.LOST, Stage.LOST};
    /**
     * The stories of the four partners that try the window's edges, told after the forty (so those stay
     * as they were): the long name brings as many as the busiest (so it stands among the Heroes), the
     * others one or two. Partner index in {@link SamplePeople#partners()} and the stage reached.
     */
    private static final int[] EXTRA_PARTNER = {12, 12, 12, 12, 13, 13, 14, 15};
    private static final Stage[] EXTRA_PLAN = {
        Stage.WON, Stage.WON, Stage.MEETING_BOOKED, Stage.RECEIVED, Stage.WON, Stage.CONTACTED,
        Stage.PROPOSAL_SENT, Stage.RECEIVED};
    /** How many stories the sample desk tells. */
    public static final int STORIES = PLAN.length + EXTRA_PLAN.length;

    private final Store store;
    private final Clock clock;
    private final Referrals referrals;
    private final FollowUps followUps;
    private final Partners partners;

    public SampleData(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.referrals = new Referrals(store, clock);
        this.followUps = new FollowUps(store, clock);
        this.partners = new Partners(store, clock);
    }

    /** Fills an empty desk and returns the number of stories added. */
    public int fill() {
        return store.inTransaction(tx -> {
            if (tx.referrals().count() > 0) {
                throw InvalidInput.ofRequest("sample.notEmpty");
            }
            Instant now = clock.instant();
            Random random = new Random(20261123L);
            List<Contact> heroes = SamplePeople.partners();
            for (Contact hero : heroes) {
                tx.contacts().insert(hero, now);
            }
            SampleThanks.beforeStories(tx, heroes);
            List<Contact> clients = SamplePeople.clients();
            for (int i = 0; i < PLAN.length; i++) {
                tell(tx, i, PLAN[i], heroes.get(i % SamplePeople.PLANNED_PARTNERS), clients.get(i), random, now);
            }
            for (int e = 0; e < EXTRA_PLAN.length; e++) {
                int i = PLAN.length + e;
                tell(tx, i, EXTRA_PLAN[e], heroes.get(EXTRA_PARTNER[e]), clients.get(i), random, now);
            }
            settleHeroes(tx, heroes, now);
            SampleThanks.afterStories(tx, heroes, new Gifts(store, clock), now);
            return STORIES;
        });
    }

    private void tell(Tx tx, int i, Stage stage, Contact hero, Contact client, Random random, Instant now) {
        Duration age = switch (stage.act()) {
            case BEGINNING -> Duration.ofHours(2 + random.nextInt(stage == Stage.RECEIVED ? 40 : 140));
            case MIDDLE -> Duration.ofDays(8 + random.nextInt(40));
            case END -> Duration.ofDays(20 + random.nextInt(300));
        };
        Instant received = now.minus(age);
        BigDecimal estimate = BigDecimal.valueOf(500 + random.nextInt(60) * 100L);
        NewReferral input = new NewReferral(hero.name(), hero.email(), client.name(), client.email(), client.phone(),
                Channel.values()[random.nextInt(Channel.values().length)], SamplePeople.need(i), received, estimate);
        long id = referrals.record(tx, input).referral().id();
        Instant at = received;
        Stage reach = stage == Stage.NOT_A_FIT ? (i % 2 == 0 ? Stage.CONTACTED : Stage.MET)
                : stage.isEnd() ? Stage.PROPOSAL_SENT : stage;
        Duration step = age.dividedBy(reach.ordinal() + 2);
        for (Stage next : Stage.values()) {
            if (next.ordinal() > reach.ordinal() || next == Stage.RECEIVED) {
                continue;
            }
            at = at.plus(step);
            referrals.move(tx, id, next, at, null);
        }
        if (stage.isEnd()) {
            referrals.close(tx, id, outcome(stage, estimate, i), at.plus(step), null);
        }
        catchUp(tx, id, i, now);
    }

    private static Outcome outcome(Stage stage, BigDecimal estimate, int i) {
        return switch (stage) {
            case WON -> new Outcome.Won(estimate, estimate.multiply(new BigDecimal("0.35")));
            case NOT_A_FIT -> new Outcome.NotAFit(SamplePeople.notAFitReason(i), SamplePeople.onward(i));
            default -> new Outcome.Lost(SamplePeople.lostReason(i));
        };
    }

    /**
     * The owner has done most of what fell due more than two days ago, but not everything: mostly hours
     * before the due time, now and then a few hours after it.
     */
    private void catchUp(Tx tx, long id, int i, Instant now) {
        for (FollowUp f : tx.followUps().forReferral(id)) {
            boolean longDue = f.dueAt().isBefore(now.minus(Duration.ofDays(2)));
            if (f.isOpen() && longDue && i % 7 != 3) {
                long hoursEarly = (i * 7L + f.kind().ordinal() * 5L) % 26 - 4;
                followUps.complete(tx, f.id(), f.dueAt().minus(Duration.ofHours(hoursEarly)));
            }
        }
    }

    /**
     * A few partners are looked after their own way: the first likes a single malt, one would rather not
     * be thanked in public, and one who has not yet brought a won job is a Hero by hand, checked in with
     * every quarter. Three partners without a win stay plain partners.
     */
    private void settleHeroes(Tx tx, List<Contact> heroes, Instant now) {
        long first = tx.contacts().findByEmail(heroes.get(0).email()).orElseThrow().id();
        long quiet = tx.contacts().findByEmail(heroes.get(5).email()).orElseThrow().id();
        long friend = tx.contacts().findByEmail(heroes.get(6).email()).orElseThrow().id();
        partners.saveSettings(tx, new PartnerSettings(friend, 91, true, true, null, true));
        tx.partners().save(new PartnerSettings(first, 182, true, true, "Likes a good single malt; no flowers", false));
        tx.partners().save(new PartnerSettings(quiet, 120, true, false, "Prefers not to be named in public", false));
        partners.logTouch(tx, first, TouchKind.MEETING, now.minus(Duration.ofDays(12)), "Coffee at the harbour");
        partners.logTouch(tx, quiet, TouchKind.CALL, now.minus(Duration.ofDays(200)), "Catch-up call");
    }
}
