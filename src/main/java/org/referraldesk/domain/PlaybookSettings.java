package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Objects;

/**
 * Every offset and switch of the playbook. {@link #defaults()} is the table in the design: answer
 * within 24 hours, a card after 3 days, updates 2 days after a milestone, and so on.
 */
public record PlaybookSettings(
        DueOffset respondToClient,
        DueOffset thankReferrer,
        boolean handwrittenCards, DueOffset handwrittenCard,
        DueOffset middleActUpdate,
        DueOffset endUpdate,
        boolean publicThanks, DueOffset publicThanksAfter,
        boolean gifts, DueOffset giftAfter, BigDecimal giftPercent,
        DueOffset explainNotAFit,
        boolean clientCallbacks, DueOffset clientCallback,
        boolean annualVipInvites, Month vipMonth,
        int defaultCheckInCadenceDays) {

    public static final BigDecimal MIN_GIFT_PERCENT = new BigDecimal("5");
    public static final BigDecimal MAX_GIFT_PERCENT = new BigDecimal("15");

    public PlaybookSettings {
        Objects.requireNonNull(respondToClient);
        Objects.requireNonNull(thankReferrer);
        Objects.requireNonNull(handwrittenCard);
        Objects.requireNonNull(middleActUpdate);
        Objects.requireNonNull(endUpdate);
        Objects.requireNonNull(publicThanksAfter);
        Objects.requireNonNull(giftAfter);
        Objects.requireNonNull(explainNotAFit);
        Objects.requireNonNull(clientCallback);
        Objects.requireNonNull(vipMonth);
        if (giftPercent == null || giftPercent.compareTo(MIN_GIFT_PERCENT) < 0
                || giftPercent.compareTo(MAX_GIFT_PERCENT) > 0) {
            throw new InvalidInput("giftPercent", "playbook.giftPercent");
        }
        if (defaultCheckInCadenceDays < 1 || defaultCheckInCadenceDays > 3660) {
            throw new InvalidInput("defaultCheckInCadenceDays", "cadence.range");
        }
    }

    public static PlaybookSettings defaults() {
        return new PlaybookSettings(
                DueOffset.hours(24),
                DueOffset.hours(24),
                true, DueOffset.days(3),
                DueOffset.days(2),
                DueOffset.days(2),
                true, DueOffset.days(7),
                true, DueOffset.days(14), new BigDecimal("10"),
                DueOffset.days(2),
                true, DueOffset.months(6),
                true, Month.DECEMBER,
                PartnerSettings.DEFAULT_CADENCE_DAYS);
    }

    public PlaybookSettings withGiftPercent(BigDecimal percent) {
        return new PlaybookSettings(respondToClient, thankReferrer, handwrittenCards, handwrittenCard,
                middleActUpdate, endUpdate, publicThanks, publicThanksAfter, gifts, giftAfter, percent,
                explainNotAFit, clientCallbacks, clientCallback, annualVipInvites, vipMonth,
                defaultCheckInCadenceDays);
    }
}
