package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One referral story: the referrer (our partner) sent us a client who needs something. The story
 * runs from {@link Stage#RECEIVED} through the middle act to one of the three ends.
 */
public record Referral(long id, long referrerId, long clientId, Channel channel, String need,
        Instant receivedAt, BigDecimal estimatedValue, Stage stage, BigDecimal revenue, BigDecimal profit,
        String closeReason, String onwardTo, Instant closedAt) {

    public Referral {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(stage, "stage");
        need = InvalidInput.optionalText(need);
        estimatedValue = Money.optionalNonNegative("estimatedValue", estimatedValue, "label.estimatedValue");
        if (referrerId != 0 && referrerId == clientId) {
            throw new InvalidInput("client", "referral.samePerson");
        }
    }

    /** A story just received, not yet stored. */
    public static Referral received(long referrerId, long clientId, Channel channel, String need,
            Instant receivedAt, BigDecimal estimatedValue) {
        return new Referral(0, referrerId, clientId, channel, need, receivedAt, estimatedValue, Stage.RECEIVED,
                null, null, null, null, null);
    }

    public Referral withId(long newId) {
        return new Referral(newId, referrerId, clientId, channel, need, receivedAt, estimatedValue, stage, revenue,
                profit, closeReason, onwardTo, closedAt);
    }

    /** This story moved on to an open stage. */
    public Referral movedTo(Stage target) {
        stage.checkMoveTo(target);
        if (target.isEnd()) {
            throw new InvalidInput("stage", "referral.close");
        }
        return new Referral(id, referrerId, clientId, channel, need, receivedAt, estimatedValue, target, null,
                null, null, null, null);
    }

    /** This story closed with an outcome at the given instant. */
    public Referral closed(Outcome outcome, Instant at) {
        Objects.requireNonNull(at, "at");
        stage.checkMoveTo(outcome.stage());
        BigDecimal rev = outcome instanceof Outcome.Won won ? won.revenue() : null;
        BigDecimal prof = outcome instanceof Outcome.Won won ? won.profit() : null;
        String reason = null;
        if (outcome instanceof Outcome.NotAFit notAFit) {
            reason = notAFit.reason();
        } else if (outcome instanceof Outcome.Lost lost) {
            reason = lost.reason();
        }
        String onward = outcome instanceof Outcome.NotAFit notAFit ? notAFit.onwardTo() : null;
        return new Referral(id, referrerId, clientId, channel, need, receivedAt, estimatedValue,
                outcome.stage(), rev, prof, reason, onward, at);
    }

    /**
     * This ended story reopened: back at the last open stage on its timeline (where it stood before
     * it ended), with its outcome (revenue, profit, reason, onward referral, closing time) cleared.
     */
    public Referral reopened(List<StoryEvent> timeline) {
        if (!stage.isEnd()) {
            throw new InvalidInput("stage", "referral.notEnded", stage);
        }
        Stage back = Stage.RECEIVED;
        for (StoryEvent event : timeline) {
            if (!event.stage().isEnd()) {
                back = event.stage();
            }
        }
        return new Referral(id, referrerId, clientId, channel, need, receivedAt, estimatedValue, back, null, null,
                null, null, null);
    }

    public Act act() {
        return stage.act();
    }
}
