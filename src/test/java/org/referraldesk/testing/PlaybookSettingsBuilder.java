package org.referraldesk.testing;

import java.math.BigDecimal;
import java.time.Month;

import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.PlaybookSettings;

/**
 * Builds {@link PlaybookSettings} for tests, starting from {@link PlaybookSettings#defaults()} (the
 * playbook table in the design); each switch and offset can be changed on its own.
 */
public class PlaybookSettingsBuilder {

    private final PlaybookSettings d = PlaybookSettings.defaults();
    private DueOffset respondToClient = d.respondToClient();
    private DueOffset thankReferrer = d.thankReferrer();
    private boolean handwrittenCards = d.handwrittenCards();
    private DueOffset handwrittenCard = d.handwrittenCard();
    private DueOffset middleActUpdate = d.middleActUpdate();
    private DueOffset endUpdate = d.endUpdate();
    private boolean publicThanks = d.publicThanks();
    private DueOffset publicThanksAfter = d.publicThanksAfter();
    private boolean gifts = d.gifts();
    private DueOffset giftAfter = d.giftAfter();
    private BigDecimal giftPercent = d.giftPercent();
    private DueOffset explainNotAFit = d.explainNotAFit();
    private boolean clientCallbacks = d.clientCallbacks();
    private DueOffset clientCallback = d.clientCallback();
    private boolean annualVipInvites = d.annualVipInvites();
    private Month vipMonth = d.vipMonth();
    private int defaultCheckInCadenceDays = d.defaultCheckInCadenceDays();

    public PlaybookSettingsBuilder withoutHandwrittenCards() {
        handwrittenCards = false;
        return this;
    }

    public PlaybookSettingsBuilder withoutPublicThanks() {
        publicThanks = false;
        return this;
    }

    public PlaybookSettingsBuilder withoutGifts() {
        gifts = false;
        return this;
    }

    public PlaybookSettingsBuilder withoutClientCallbacks() {
        clientCallbacks = false;
        return this;
    }

    public PlaybookSettingsBuilder withoutAnnualVipInvites() {
        annualVipInvites = false;
        return this;
    }

    public PlaybookSettingsBuilder withRespondToClient(DueOffset offset) {
        respondToClient = offset;
        return this;
    }

    public PlaybookSettingsBuilder withThankReferrer(DueOffset offset) {
        thankReferrer = offset;
        return this;
    }

    public PlaybookSettingsBuilder withMiddleActUpdate(DueOffset offset) {
        middleActUpdate = offset;
        return this;
    }

    public PlaybookSettingsBuilder withGiftPercent(String percent) {
        giftPercent = new BigDecimal(percent);
        return this;
    }

    public PlaybookSettingsBuilder withVipMonth(Month month) {
        vipMonth = month;
        return this;
    }

    public PlaybookSettingsBuilder withDefaultCheckInCadenceDays(int days) {
        defaultCheckInCadenceDays = days;
        return this;
    }

    public PlaybookSettings build() {
        return new PlaybookSettings(respondToClient, thankReferrer, handwrittenCards, handwrittenCard,
                middleActUpdate, endUpdate, publicThanks, publicThanksAfter, gifts, giftAfter, giftPercent,
                explainNotAFit, clientCallbacks, clientCallback, annualVipInvites, vipMonth,
                defaultCheckInCadenceDays);
    }
}
