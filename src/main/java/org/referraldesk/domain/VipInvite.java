package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A partner's invite to the annual VIP round-up of one year, and the follow-up that asks to send it. */
public record VipInvite(long id, long partnerId, int year, Long followUpId, VipStatus status, Instant changedAt) {

    public VipInvite {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
