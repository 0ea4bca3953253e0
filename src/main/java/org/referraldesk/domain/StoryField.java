package org.referraldesk.domain;

/** What of a story the owner can correct after it was recorded. */
public enum StoryField {
    NEED,
    CHANNEL,
    RECEIVED_AT,
    ESTIMATED_VALUE,
    CLIENT,
    REFERRER
}
