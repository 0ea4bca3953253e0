package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Gift;
import org.referraldesk.domain.GiftYear;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Gifts for partners: the budget's percentage, logging a gift (which completes its GIFT follow-up and
 * counts as a touch), and what was spent on gifts in a year against the profit the partners brought.
 */
public final class Gifts {
    /** A gift given on an earlier day counts as a touch at noon of that day. */
    static final LocalTime EARLIER_DAY_TOUCH = LocalTime.NOON;

    private final Store store;
    private final Clock clock;
    private final Partners partners;

    public Gifts(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.partners = new Partners(store, clock);
    }

    /** Why a won story has no GIFT follow-up; empty when it has one or has not been won. */
    public enum NoGift { PARTNER_DECLINES_GIFTS, GIFTS_SWITCHED_OFF }

    /**
     * Sets the gift percentage (5 to 15). Anything else is refused on "giftPercent" with the allowed
     * range, and nothing changes. Follow-ups already planned keep their budgets.
     */
    public PlaybookSettings changePercent(BigDecimal percent) {
        return store.inTransaction(tx -> {
            PlaybookSettings changed = OwnerSettings.playbook(tx).withGiftPercent(percent);
            PlaybookSettingsText.write(changed).forEach((name, value) -> tx.settings().put(name, value));
            return changed;
        });
    }

    /** The dialog's start for a partner, from their page: no story chosen, no budget. */
    public GiftDraft draftFor(long partnerId) {
        return store.inTransaction(tx -> draft(tx, partnerId, null, null, null));
    }

    /** The dialog's start from a GIFT follow-up: its partner, its story and its budget. */
    public GiftDraft draftFromFollowUp(long followUpId) {
        return store.inTransaction(tx -> {
            FollowUp followUp = giftFollowUp(tx, followUpId);
            return draft(tx, followUp.partnerId(), followUp.referralId(), followUp.id(), followUp.amount());
        });
    }

    private static GiftDraft draft(Tx tx, long partnerId, Long referralId, Long followUpId, BigDecimal budget) {
        PartnerSettings settings = tx.partners().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        Contact partner = tx.contacts().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        List<GiftDraft.StoryChoice> stories = tx.partnerSummaries().stories(partnerId).stream()
                .map(s -> new GiftDraft.StoryChoice(s.id(), label(s))).toList();
        return new GiftDraft(partnerId, partner.name(), settings.giftsAllowed(), settings.giftNotes(), referralId,
                followUpId, budget, BusinessSettings.currency(tx), stories);
    }

    private static String label(ReferralSummary story) {
        return story.need() == null ? story.clientName() : story.clientName() + " \u00b7 " + story.need();
    }

    /**
     * Logs a gift: stores it, completes its GIFT follow-up (the one given, else the story's open one),
     * and logs a GIFT touch, which restarts the partner's check-in clock. Refused, with nothing
     * stored, for a partner who does not accept gifts, a blank description, a missing or negative
     * amount, a day in the future, or a story the partner did not send.
     */
    public Gift log(GiftEntry entry) {
        return store.inTransaction(tx -> log(tx, entry));
    }

    Gift log(Tx tx, GiftEntry entry) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        long partnerId = entry.partnerId();
        PartnerSettings settings = tx.partners().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        Contact partner = tx.contacts().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        if (!settings.giftsAllowed()) {
            throw InvalidInput.ofRequest("gift.notAccepted", partner.name());
        }
        LocalDate givenOn = entry.givenOn() == null ? today : entry.givenOn();
        if (givenOn.isAfter(today)) {
            throw new InvalidInput("givenOn", "gift.future");
        }
        if (givenOn.isBefore(LocalDate.of(1970, 1, 1))) {
            throw new InvalidInput("givenOn", "time.tooEarly", InvalidInput.label("label.giftDay"));
        }
        Gift gift = new Gift(0, partnerId, entry.referralId(), givenOn, entry.description(), entry.amount());
        FieldLimits.within("description", gift.description(), FieldLimits.GIFT_DESCRIPTION, "label.giftDescription");
        FieldLimits.amount("amount", gift.amount(), "label.giftAmount");
        if (entry.referralId() != null) {
            Referral story = Referrals.find(tx, entry.referralId());
            if (story.referrerId() != partnerId) {
                throw new InvalidInput("referral", "gift.otherStory", partner.name());
            }
        }
        Optional<FollowUp> followUp = entry.followUpId() != null ? Optional.of(giftFollowUp(tx, entry.followUpId()))
                : Optional.ofNullable(entry.referralId()).flatMap(id -> openGiftOf(tx, id));
        followUp.filter(f -> f.partnerId() != partnerId).ifPresent(f -> {
            throw InvalidInput.ofRequest("gift.otherPartner");
        });
        followUp.ifPresent(f -> FollowUps.requireOpen(f, InvalidInput.label("label.giftFollowUp")));
        long id = tx.gifts().insert(gift);
        Currency currency = BusinessSettings.currency(tx);
        String what = gift.description() + " \u00b7 " + gift.amount().toPlainString() + " " + currency.getCurrencyCode();
        followUp.ifPresent(f -> tx.followUps().markDone(f.id(), now, "Gave " + what));
        Instant touchAt = givenOn.equals(today) ? now : givenOn.atTime(EARLIER_DAY_TOUCH).atZone(zone).toInstant();
        String note = "Gift: " + what;
        partners.logTouch(tx, partnerId, TouchKind.GIFT, touchAt, note);
        return new Gift(id, partnerId, gift.referralId(), givenOn, gift.description(), gift.amount());
    }

    /** A partner's gifts, the latest first. */
    public List<Gift> forPartner(long partnerId) {
        return store.inTransaction(tx -> tx.gifts().forPartner(partnerId));
    }

    /** What a partner was given in {@code year}, against the profit of their stories won that year. */
    public GiftYear yearOf(long partnerId, int year) {
        return store.inTransaction(tx -> new GiftYear(year,
                tx.giftYears().spentBy(partnerId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                tx.giftYears().profitFrom(partnerId, start(year), start(year + 1))));
    }

    /** Everything given in {@code year}, against the profit of every story won that year. */
    public GiftYear yearTotal(int year) {
        return store.inTransaction(tx -> new GiftYear(year,
                tx.giftYears().spentByAll(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                tx.giftYears().profitFromAll(start(year), start(year + 1))));
    }

    /** The currency gift amounts are in (the owner's setting). */
    public Currency currency() {
        return store.inTransaction(BusinessSettings::currency);
    }

    /** Why a won story has no GIFT follow-up; empty when it has one or has not (yet) been won. */
    public Optional<NoGift> whyNoGift(long referralId) {
        return store.inTransaction(tx -> {
            Referral story = Referrals.find(tx, referralId);
            boolean hasGift = tx.followUps().forReferral(referralId).stream().anyMatch(f -> f.kind() == FollowUpKind.GIFT);
            if (story.stage() != Stage.WON || hasGift) {
                return Optional.empty();
            }
            boolean allowed = tx.partners().find(story.referrerId()).map(PartnerSettings::giftsAllowed).orElse(true);
            return Optional.of(allowed ? NoGift.GIFTS_SWITCHED_OFF : NoGift.PARTNER_DECLINES_GIFTS);
        });
    }

    private Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
    }

    private static FollowUp giftFollowUp(Tx tx, long followUpId) {
        FollowUp followUp = tx.followUps().find(followUpId).orElseThrow(() -> new NotFound("follow-up", followUpId));
        if (followUp.kind() != FollowUpKind.GIFT || followUp.partnerId() == null) {
            throw InvalidInput.ofRequest("followUp.notGift", followUpId);
        }
        return followUp;
    }

    private static Optional<FollowUp> openGiftOf(Tx tx, long referralId) {
        return tx.followUps().forReferral(referralId).stream()
                .filter(f -> f.kind() == FollowUpKind.GIFT && f.isOpen()).findFirst();
    }
}
