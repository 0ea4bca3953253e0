package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Playbook;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/** The referral stories: record one, move it through its acts, close it. Each call is one transaction. */
public final class Referrals {
    private final Store store;
    private final Clock clock;
    private final StoryIndex index;

    public Referrals(Store store, Clock clock) {
        this(store, clock, new StoryIndex(store));
    }

    /** The referrals on {@code store}, searching through {@code index} (shared with the desk-wide search). */
    Referrals(Store store, Clock clock, StoryIndex index) {
        this.store = store;
        this.clock = clock;
        this.index = index;
    }

    /** Records a referral with its people, its first event and the playbook's follow-ups. */
    public RecordedReferral record(NewReferral input) {
        return store.inTransaction(tx -> record(tx, input));
    }

    /**
     * Refuses what {@link #record} would refuse for what was typed (every field's rule, a time in the
     * future, an email already recorded) and writes nothing, not even an id: a dry run shows only
     * what recording would keep. Whether the two names are one person is known only on recording.
     */
    public void check(NewReferral input) {
        Typed.of(input, clock.instant());
        if (input.thread() != null) {
            store.useTransaction(tx -> EmailIntroductions.notYetRecorded(tx, input.thread()));
        }
    }

    RecordedReferral record(Tx tx, NewReferral input) {
        Instant now = clock.instant();
        Typed typed = Typed.of(input, now);
        long referrerId = People.findOrAdd(tx, new Contact(0, typed.referrerName(), null, typed.referrerEmail(), null,
                null, null), now);
        long clientId = People.findOrAdd(tx, new Contact(0, typed.clientName(), null, typed.clientEmail(),
                typed.clientPhone(), null, null), now);
        if (referrerId == clientId) {
            throw new InvalidInput("clientName", "referral.samePerson");
        }
        Playbook playbook = playbook(tx);
        if (input.thread() != null) {
            EmailIntroductions.notYetRecorded(tx, input.thread());
        }
        Partnership.begin(tx, playbook, referrerId);
        Referral draft = Referral.received(referrerId, clientId, input.channel(), typed.need(), typed.received(),
                input.estimatedValue());
        Referral referral = draft.withId(tx.referrals().insert(draft));
        if (input.thread() != null) {
            tx.emailThreads().insert(referral.id(), input.thread().messageId(), input.thread().subject());
        }
        tx.events().insert(StoryEvent.of(referral.id(), typed.received(), Stage.RECEIVED, null));
        List<FollowUp> created = insertAll(tx, playbook.onRecorded(referral));
        HeroCheckIns.sync(tx, playbook, referrerId);
        return new RecordedReferral(referral, created);
    }

    /**
     * Moves an open story forward to an open stage; entering the middle act asks for an update (or
     * brings the open one up to date). What it did can be {@linkplain #undo(StageMove) undone}.
     */
    public StageMove move(long referralId, Stage target, Instant at, String note) {
        return store.inTransaction(tx -> move(tx, referralId, target, at, note));
    }

    StageMove move(Tx tx, long referralId, Stage target, Instant at, String note) {
        Referral before = find(tx, referralId);
        Instant when = when(tx, at, before);
        Referral moved = before.movedTo(target);
        tx.referrals().updateStage(moved);
        long eventId = tx.events().insert(StoryEvent.of(referralId, when, target, note(note)));
        return StageMoves.plan(tx, before, moved, eventId, playbook(tx).onMoved(before.stage(), moved, when));
    }

    /**
     * Ends a story: won, not a fit or lost, with the playbook's closing follow-ups; the referrer's
     * open news is brought up to date rather than joined by a second one.
     */
    public StageMove close(long referralId, Outcome outcome, Instant at, String note) {
        return store.inTransaction(tx -> close(tx, referralId, outcome, at, note));
    }

    /**
     * Takes a stage move back while it is still the story's last step: the story is where it stood, the
     * step leaves the timeline, the follow-ups it added go while untouched (done, snoozed or skipped
     * ones stay), and the news it changed is as it was. Returns the story as it is again.
     */
    public Referral undo(StageMove move) {
        return store.inTransaction(tx -> StageMoves.undo(tx, move));
    }

    StageMove close(Tx tx, long referralId, Outcome outcome, Instant at, String note) {
        if (outcome == null) {
            throw new InvalidInput("stage", "referral.ending");
        }
        outcomeWithinLimits(outcome);
        Referral before = find(tx, referralId);
        Instant when = when(tx, at, before);
        Referral closed = before.closed(outcome, when);
        tx.referrals().updateStage(closed);
        long eventId = tx.events().insert(StoryEvent.of(referralId, when, closed.stage(), note(note)));
        PartnerSettings partner = tx.partners().find(closed.referrerId())
                .orElse(PartnerSettings.defaultsFor(closed.referrerId()));
        ReferralsGiven.recordOnward(tx, closed, when);
        return StageMoves.plan(tx, before, closed, eventId, playbook(tx).onClosed(closed, when, partner));
    }

    public Referral find(long referralId) {
        return store.inTransaction(tx -> find(tx, referralId));
    }

    public List<StoryEvent> timeline(long referralId) {
        return store.inTransaction(tx -> {
            find(tx, referralId);
            return tx.events().timeline(referralId);
        });
    }

    public List<FollowUp> followUps(long referralId) {
        return store.inTransaction(tx -> {
            find(tx, referralId);
            return tx.followUps().forReferral(referralId);
        });
    }

    /** A page of the referrals list, newest first. */
    public List<ReferralSummary> summaries(int limit, int offset) {
        return store.inTransaction(tx -> tx.referrals().summaries(limit, offset));
    }

    /** One page of the referrals list for a search, filters and order. */
    public ReferralPage search(ReferralQuery query, int limit, int offset) {
        return search(query, limit, offset, SearchRun.once());
    }

    /**
     * As {@link #search(ReferralQuery, int, int)}, stopping with {@link SearchOvertaken} between
     * batches once {@code run} is cancelled. Words to search for go to the in-memory index
     * ({@link StoryIndex}, case and accents folded); filters and order alone are one indexed query.
     */
    public ReferralPage search(ReferralQuery query, int limit, int offset, SearchRun run) {
        Instant now = clock.instant();
        if (query.search() != null && !SearchKey.of(query.search()).isEmpty()) {
            return index.search(query, now, limit, offset, run);
        }
        run.check();
        ReferralQuery filters = query.withSearch(null);
        return store.inTransaction(tx -> new ReferralPage(tx.referralSearch().search(filters, now, limit, offset),
                offset == 0 ? tx.referralSearch().count(filters, now) : -1));
    }

    /** Gets the search ready for the first keystroke (reads its index when the desk changed); for a background thread. */
    public boolean prepareSearch() {
        index.prepare();
        return true;
    }

    public int count() {
        return store.inTransaction(tx -> tx.referrals().count());
    }

    private Playbook playbook(Tx tx) {
        return new Playbook(OwnerSettings.playbook(tx), clock, BusinessSettings.currency(tx));
    }

    /** When a step happened: now unless given; never in the future, never before the story's last step. */
    Instant when(Tx tx, Instant at, Referral story) {
        Instant now = clock.instant();
        Instant when = at == null ? now : Checks.past("at", at, now, "label.timeStep");
        Checks.notBefore("at", when, story.receivedAt(), "label.timeStep");
        List<StoryEvent> steps = tx.events().timeline(story.id()).stream().filter(e -> !e.isCorrection()).toList();
        Instant last = steps.isEmpty() ? story.receivedAt() : steps.get(steps.size() - 1).at();
        if (when.isBefore(last)) {
            throw new InvalidInput("at", "referral.stepBeforeLast");
        }
        return when;
    }

    private static String note(String note) {
        return FieldLimits.text("note", note, FieldLimits.NOTE, "label.note");
    }

    /** Revenue and profit within the schema's digits, reasons and the onward contact within their columns. */
    private static void outcomeWithinLimits(Outcome outcome) {
        if (outcome instanceof Outcome.Won won) {
            FieldLimits.amount("revenue", won.revenue(), "label.revenue");
            FieldLimits.amount("profit", won.profit(), "label.profit");
        } else if (outcome instanceof Outcome.NotAFit notAFit) {
            FieldLimits.within("reason", notAFit.reason(), FieldLimits.NOTE, "label.reasonNotAFit");
            FieldLimits.within("onwardTo", notAFit.onwardTo(), FieldLimits.ONWARD_TO, "label.onwardTo");
        } else if (outcome instanceof Outcome.Lost lost) {
            FieldLimits.within("reason", lost.reason(), FieldLimits.NOTE, "label.reasonLost");
        }
    }

    static Referral find(Tx tx, long referralId) {
        return tx.referrals().find(referralId).orElseThrow(() -> new NotFound("referral", referralId));
    }

    private static List<FollowUp> insertAll(Tx tx, List<FollowUp> planned) {
        List<FollowUp> created = new ArrayList<>();
        for (FollowUp f : planned) {
            created.add(f.withId(tx.followUps().insert(f)));
        }
        return created;
    }

    /** A new referral's typed values, each checked as its field's rule says and cleaned. */
    private record Typed(String referrerName, String referrerEmail, String clientName, String clientEmail,
            String clientPhone, String need, Instant received) {

        static Typed of(NewReferral input, Instant now) {
            String referrerName = FieldLimits.requiredLine("referrerName", input.referrerName(), FieldLimits.NAME,
                    "label.referrerName");
            String clientName = FieldLimits.requiredLine("clientName", input.clientName(), FieldLimits.NAME,
                    "label.clientName");
            String referrerEmail = Checks.email("referrerEmail", input.referrerEmail());
            String clientEmail = Checks.email("clientEmail", input.clientEmail());
            String clientPhone = FieldLimits.line("clientPhone", input.clientPhone(), FieldLimits.PHONE, "label.phone");
            String need = FieldLimits.text("need", input.need(), FieldLimits.NEED, "label.need");
            FieldLimits.amount("estimatedValue", input.estimatedValue(), "label.estimatedValue");
            if (input.channel() == null) {
                throw new InvalidInput("channel", "referral.channel");
            }
            Instant received = input.receivedAt() == null ? now
                    : Checks.past("receivedAt", input.receivedAt(), now, "label.timeArrived");
            return new Typed(referrerName, referrerEmail, clientName, clientEmail, clientPhone, need, received);
        }
    }
}
