package org.referraldesk.domain;

/** The messages the owner sends, each with its own template. */
public enum TemplateKind {
    EMAIL_INTRODUCTION_REPLY,
    THANK_REFERRER,
    HANDWRITTEN_CARD,
    MILESTONE_UPDATE,
    NOT_A_FIT_EXPLANATION,
    HERO_CHECK_IN,
    PUBLIC_THANKS,
    VIP_INVITE
}
