package org.referraldesk.domain;

/** How the year's stories were followed through: answered in time, and their referrers thanked on time. */
public record FollowThrough(ResponseTimes responses, ThankYouTimes thankYous) {
}
