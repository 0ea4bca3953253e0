package org.referraldesk.testing;

import java.math.BigDecimal;
import java.time.Instant;

import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Money;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;

/**
 * Builds a {@link Referral} for tests. Defaults: stored story 1, referrer 1 (Anna) sends client 2
 * (Ben) by email introduction, needing "A new boiler", received 2026-03-10 08:00 UTC, estimated at
 * 4000.00, stage {@link Stage#RECEIVED}, not closed.
 */
public class ReferralBuilder {

    public static final long DEFAULT_ID = 1;
    public static final long DEFAULT_REFERRER_ID = TypicalContacts.ANNA_ID;
    public static final long DEFAULT_CLIENT_ID = TypicalContacts.BEN_ID;
    public static final Channel DEFAULT_CHANNEL = Channel.EMAIL_INTRODUCTION;
    public static final String DEFAULT_NEED = "A new boiler";
    public static final Instant DEFAULT_RECEIVED_AT = Instant.parse("2026-03-10T08:00:00Z");
    public static final BigDecimal DEFAULT_ESTIMATED_VALUE = Money.of("4000.00");

    private long id = DEFAULT_ID;
    private long referrerId = DEFAULT_REFERRER_ID;
    private long clientId = DEFAULT_CLIENT_ID;
    private Channel channel = DEFAULT_CHANNEL;
    private String need = DEFAULT_NEED;
    private Instant receivedAt = DEFAULT_RECEIVED_AT;
    private BigDecimal estimatedValue = DEFAULT_ESTIMATED_VALUE;
    private Stage stage = Stage.RECEIVED;
    private BigDecimal revenue;
    private BigDecimal profit;
    private String closeReason;
    private String onwardTo;
    private Instant closedAt;

    public ReferralBuilder() {
    }

    /** Starts from a copy of an existing referral. */
    public ReferralBuilder(Referral r) {
        id = r.id();
        referrerId = r.referrerId();
        clientId = r.clientId();
        channel = r.channel();
        need = r.need();
        receivedAt = r.receivedAt();
        estimatedValue = r.estimatedValue();
        stage = r.stage();
        revenue = r.revenue();
        profit = r.profit();
        closeReason = r.closeReason();
        onwardTo = r.onwardTo();
        closedAt = r.closedAt();
    }

    public ReferralBuilder withId(long value) {
        id = value;
        return this;
    }

    public ReferralBuilder withReferrer(long contactId) {
        referrerId = contactId;
        return this;
    }

    public ReferralBuilder withClient(long contactId) {
        clientId = contactId;
        return this;
    }

    public ReferralBuilder withChannel(Channel value) {
        channel = value;
        return this;
    }

    public ReferralBuilder withNeed(String value) {
        need = value;
        return this;
    }

    public ReferralBuilder receivedAt(Instant value) {
        receivedAt = value;
        return this;
    }

    public ReferralBuilder withEstimatedValue(String amount) {
        estimatedValue = amount == null ? null : new BigDecimal(amount);
        return this;
    }

    public ReferralBuilder withStage(Stage value) {
        stage = value;
        return this;
    }

    /** Ended as won at {@code at}, with revenue and profit such as "5000.00". */
    public ReferralBuilder won(String revenueAmount, String profitAmount, Instant at) {
        return closedAs(Stage.WON, null, null, at).withMoney(revenueAmount, profitAmount);
    }

    /** Ended as not a fit at {@code at}, optionally sent on to someone else. */
    public ReferralBuilder notAFit(String reason, String onward, Instant at) {
        return closedAs(Stage.NOT_A_FIT, reason, onward, at).withMoney(null, null);
    }

    /** Ended as lost at {@code at}. */
    public ReferralBuilder lost(String reason, Instant at) {
        return closedAs(Stage.LOST, reason, null, at).withMoney(null, null);
    }

    public Referral build() {
        return new Referral(id, referrerId, clientId, channel, need, receivedAt, estimatedValue, stage, revenue,
                profit, closeReason, onwardTo, closedAt);
    }

    private ReferralBuilder closedAs(Stage end, String reason, String onward, Instant at) {
        stage = end;
        closeReason = reason;
        onwardTo = onward;
        closedAt = at;
        return this;
    }

    private ReferralBuilder withMoney(String revenueAmount, String profitAmount) {
        revenue = revenueAmount == null ? null : new BigDecimal(revenueAmount);
        profit = profitAmount == null ? null : new BigDecimal(profitAmount);
        return this;
    }
}
