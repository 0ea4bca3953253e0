package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.EmailThread;

/**
 * What the owner types when a referral arrives. Names find existing contacts (by email first, then
 * by name); anyone not yet known becomes a new contact. A missing received-at means "now". A referral
 * recorded from an introduction email keeps that email ({@code thread}); a typed one has none.
 */
public record NewReferral(String referrerName, String referrerEmail, String clientName, String clientEmail,
        String clientPhone, Channel channel, String need, Instant receivedAt, BigDecimal estimatedValue,
        EmailThread thread) {

    /** A referral typed in, not recorded from an email. */
    public NewReferral(String referrerName, String referrerEmail, String clientName, String clientEmail,
            String clientPhone, Channel channel, String need, Instant receivedAt, BigDecimal estimatedValue) {
        this(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel, need, receivedAt,
                estimatedValue, null);
    }

    public static NewReferral of(String referrerName, String clientName, Channel channel, String need) {
        return new NewReferral(referrerName, null, clientName, null, null, channel, need, null, null);
    }

    public NewReferral receivedAt(Instant at) {
        return new NewReferral(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel, need, at,
                estimatedValue, thread);
    }

    public NewReferral withEmails(String referrer, String client) {
        return new NewReferral(referrerName, referrer, clientName, client, clientPhone, channel, need, receivedAt,
                estimatedValue, thread);
    }

    public NewReferral withEstimatedValue(BigDecimal value) {
        return new NewReferral(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel, need,
                receivedAt, value, thread);
    }

    /** This referral as recorded from {@code email}. */
    public NewReferral fromEmail(EmailThread email) {
        return new NewReferral(referrerName, referrerEmail, clientName, clientEmail, clientPhone, channel, need,
                receivedAt, estimatedValue, email);
    }
}
