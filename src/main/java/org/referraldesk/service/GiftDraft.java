package org.referraldesk.service;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * What the "Log gift" dialog starts from: the partner (and whether and what they may be given), the
 * story and its budget when it comes from a GIFT follow-up, the stories it could be for, the currency.
 */
public record GiftDraft(long partnerId, String partnerName, boolean giftsAllowed, String giftNotes, Long referralId,
        Long followUpId, BigDecimal budget, Currency currency, List<StoryChoice> stories) {

    public GiftDraft {
        stories = List.copyOf(stories);
    }

    /** A story the gift can be for: its id and "Ben Okafor · A new boiler". */
    public record StoryChoice(long referralId, String label) {
    }
}
