package org.referraldesk.domain;

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
    CUSTOM
}
