package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that turn what happens in a story into follow-ups. Pure: the same story, settings and
 * clock zone always give the same follow-ups, computed from stored instants only.
 */
public final class Playbook {

    /** The annual VIP invite falls due at this local time on the first of the chosen month. */
    public static final LocalTime VIP_INVITE_TIME = LocalTime.of(9, 0);
    private final PlaybookSettings settings;
    private final ZoneId zone;
    private final Currency currency;

    public Playbook(PlaybookSettings settings, Clock clock) {
        this(settings, clock, Currencies.FALLBACK);
    }

    /** A playbook whose gift budgets are rounded to {@code currency}'s minor unit. */
    public Playbook(PlaybookSettings settings, Clock clock, Currency currency) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.zone = clock.getZone();
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    public PlaybookSettings settings() {
        return settings;
    }

    /** A referral arrived: answer the client and thank the referrer within a day; write a card. */
    public List<FollowUp> onRecorded(Referral referral) {
        Instant at = referral.receivedAt();
        List<FollowUp> out = new ArrayList<>();
        out.add(forStory(FollowUpKind.RESPOND_TO_CLIENT, settings.respondToClient(), at, referral, null));
        out.add(forStory(FollowUpKind.THANK_REFERRER, settings.thankReferrer(), at, referral, null));
        if (settings.handwrittenCards()) {
            out.add(forStory(FollowUpKind.HANDWRITTEN_CARD, settings.handwrittenCard(), at, referral, null));
        }
        return out;
    }

    /** A story moved to an open stage; entering the middle act means the referrer hears about it. */
    public List<FollowUp> onMoved(Stage from, Referral moved, Instant at) {
        if (from.act() == Act.BEGINNING && moved.act() == Act.MIDDLE) {
            return List.of(forStory(FollowUpKind.UPDATE_REFERRER, settings.middleActUpdate(), at, moved, null));
        }
        return List.of();
    }

    /**
     * A story ended: tell the referrer (for a story that was not a fit, the news is the explanation
     * of why, not a second message), thank them in public, reward them.
     */
    public List<FollowUp> onClosed(Referral closed, Instant at, PartnerSettings partner) {
        if (!closed.stage().isEnd()) {
            throw new IllegalArgumentException("Story " + closed.id() + " has not ended");
        }
        List<FollowUp> out = new ArrayList<>();
        if (closed.stage() == Stage.NOT_A_FIT) {
            out.add(forStory(FollowUpKind.EXPLAIN_NOT_A_FIT, settings.explainNotAFit(), at, closed, null));
        } else {
            out.add(forStory(FollowUpKind.UPDATE_REFERRER, settings.endUpdate(), at, closed, null));
        }
        if (settings.publicThanks() && partner.publicThanksAllowed()) {
            out.add(forStory(FollowUpKind.PUBLIC_THANKS, settings.publicThanksAfter(), at, closed, null));
        }
        if (closed.stage() == Stage.WON && settings.gifts() && partner.giftsAllowed()) {
            out.add(forStory(FollowUpKind.GIFT, settings.giftAfter(), at, closed, giftBudget(closed.profit())));
        }
        if (closed.stage() == Stage.NOT_A_FIT && settings.clientCallbacks()) {
            out.add(forStory(FollowUpKind.CLIENT_CALLBACK, settings.clientCallback(), at, closed, null));
        }
        return out;
    }

    /** The suggested gift budget: the gift percentage of the job's profit, half up to the currency's minor unit. */
    public BigDecimal giftBudget(BigDecimal profit) {
        return GiftBudget.of(profit, settings.giftPercent(), currency);
    }

    /** The one open check-in every partner should have, due at their last contact plus their cadence. */
    public Optional<FollowUp> heroCheckIn(PartnerActivity activity, PartnerSettings partner) {
        return activity.nextCheckIn(partner, zone).map(due ->
                FollowUp.planned(FollowUpKind.HERO_CHECK_IN, due, activity.partnerId(), null, null));
    }

    /** One VIP invite per partner who referred during the year, due on the 1st of the chosen month. */
    public List<FollowUp> annualVipInvites(int year, Collection<Long> partnersWhoReferred) {
        if (!settings.annualVipInvites()) {
            return List.of();
        }
        Instant due = LocalDate.of(year, settings.vipMonth(), 1).atTime(VIP_INVITE_TIME).atZone(zone).toInstant();
        return partnersWhoReferred.stream().distinct()
                .map(partnerId -> FollowUp.planned(FollowUpKind.ANNUAL_VIP_INVITE, due, partnerId, null, null))
                .toList();
    }

    private FollowUp forStory(FollowUpKind kind, DueOffset offset, Instant from, Referral referral,
            BigDecimal amount) {
        return FollowUp.planned(kind, offset.after(from, zone), referral.referrerId(), referral.id(), amount);
    }
}
