package org.referraldesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.store.Tx;

/**
 * How a stage move plans its follow-ups, and how it is taken back. One message per moment: a story
 * has at most one open piece of news for its referrer (an update, or the not-a-fit explanation), so
 * a later move brings the open one up to date (its kind and due time; what it reports is read from
 * the story when it is written) instead of adding another.
 */
final class StageMoves {
    private StageMoves() {
    }

    static StageMove plan(Tx tx, Referral before, Referral after, long eventId, List<FollowUp> planned) {
        List<FollowUp> created = new ArrayList<>();
        FollowUp newsBefore = null;
        FollowUp newsAfter = null;
        for (FollowUp f : planned) {
            Optional<FollowUp> open = f.kind().isNewsForReferrer() ? openNews(tx, after.id()) : Optional.empty();
            if (open.isPresent()) {
                newsBefore = open.get();
                tx.followUps().replan(newsBefore.id(), f.kind(), f.dueAt(), null);
                newsAfter = tx.followUps().find(newsBefore.id()).orElseThrow();
            } else {
                created.add(f.withId(tx.followUps().insert(f)));
            }
        }
        return new StageMove(before, after, eventId, created, newsBefore, newsAfter);
    }

    static Referral undo(Tx tx, StageMove move) {
        Referral now = Referrals.find(tx, move.referralId());
        List<StoryEvent> timeline = tx.events().timeline(move.referralId());
        boolean stillLast = !timeline.isEmpty() && timeline.get(timeline.size() - 1).id() == move.eventId();
        if (now.stage() != move.after().stage() || !stillLast) {
            throw InvalidInput.ofRequest("referral.undoTooLate");
        }
        tx.referrals().updateStage(move.before());
        tx.events().delete(move.eventId());
        if (move.after().stage().isEnd()) {
            tx.referralsGiven().deleteFromStory(move.referralId());
        }
        for (FollowUp added : move.created()) {
            tx.followUps().find(added.id()).filter(StageMoves::untouched)
                    .ifPresent(f -> tx.followUps().deleteRow(f.id()));
        }
        FollowUp news = move.newsBefore();
        if (news != null) {
            tx.followUps().find(news.id()).filter(StageMoves::untouched).ifPresent(f ->
                    tx.followUps().replan(f.id(), news.kind(), news.dueAt(), news.snoozedUntil()));
        }
        tx.followUps().keepNextDueOfStory(move.referralId());
        return Referrals.find(tx, move.referralId());
    }

    private static Optional<FollowUp> openNews(Tx tx, long referralId) {
        return tx.followUps().forReferral(referralId).stream()
                .filter(f -> f.isOpen() && f.kind().isNewsForReferrer()).findFirst();
    }

    /** Still as the move left it: open and not snoozed since. */
    private static boolean untouched(FollowUp f) {
        return f.isOpen() && f.snoozedUntil() == null;
    }
}
