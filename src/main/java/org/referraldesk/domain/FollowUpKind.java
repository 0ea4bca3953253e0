package org.referraldesk.domain;

import java.util.Optional;

/** What a follow-up asks the owner to do. */
public enum FollowUpKind {
    RESPOND_TO_CLIENT,
    THANK_REFERRER,
    HANDWRITTEN_CARD,
    UPDATE_REFERRER,
    PUBLIC_THANKS,
    GIFT,
    EXPLAIN_NOT_A_FIT,
    CLIENT_CALLBACK,
    HERO_CHECK_IN,
    ANNUAL_VIP_INVITE,
    CUSTOM;

    /**
     * The story's news for the referrer: an update, or for a story that was not a fit the
     * explanation. A story has at most one of them open at a time.
     */
    public boolean isNewsForReferrer() {
        return this == UPDATE_REFERRER || this == EXPLAIN_NOT_A_FIT;
    }

    /**
     * The touch that doing this follow-up is: a message, call, card, gift or public thank-you to the
     * partner. Empty for what is not contact with the partner (the client's reply and call-back, own tasks).
     */
    public Optional<TouchKind> touchWithPartner() {
        return Optional.ofNullable(switch (this) {
            case THANK_REFERRER, UPDATE_REFERRER, EXPLAIN_NOT_A_FIT, ANNUAL_VIP_INVITE -> TouchKind.EMAIL;
            case HERO_CHECK_IN -> TouchKind.CALL;
            case HANDWRITTEN_CARD -> TouchKind.CARD;
            case GIFT -> TouchKind.GIFT;
            case PUBLIC_THANKS -> TouchKind.PUBLIC_THANKS;
            case RESPOND_TO_CLIENT, CLIENT_CALLBACK, CUSTOM -> null;
        });
    }
}
