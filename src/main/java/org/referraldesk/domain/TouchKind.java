package org.referraldesk.domain;

/**
 * The ways the owner can be in touch with a partner (a public thank-you counts too). Every one of
 * them resets the check-in clock.
 */
public enum TouchKind {
    CALL, EMAIL, CARD, GIFT, MEETING, PUBLIC_THANKS
}
