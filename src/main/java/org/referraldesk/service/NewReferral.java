package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.referraldesk.domain.Channel;

/**
 * What the owner types when a referral arrives. Names find existing contacts (by email first, then
 * by name); anyone not yet known becomes a new contact. A missing received-at means "now".
 */
public record NewReferral(String referrerName, String referrerEmail, String clientName, String clientEmail,
        String clientPhone, Channel channel, String need, Instant receivedAt, BigDecimal estimatedValue) {

    public static NewReferral of(String referrerName, String clientName, Channel channel, String need) {
        return new NewReferral(referrerName, null, clientName, null, null, channel, need, null, null);
    }

    public NewReferral receivedAt(Instant at) {
        return new NewReferral(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel, need, at,
                estimatedValue);
    }

    public NewReferral withEmails(String referrer, String client) {
        return new NewReferral(referrerName, referrer, clientName, client, clientPhone, channel, need, receivedAt,
                estimatedValue);
    }

    public NewReferral withEstimatedValue(BigDecimal value) {
        return new NewReferral(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel, need,
                receivedAt, value);
    }
}
