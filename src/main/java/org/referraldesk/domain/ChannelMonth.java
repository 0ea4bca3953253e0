package org.referraldesk.domain;

/** How many stories arrived through one channel in one month (1 = January) of the owner's year. */
public record ChannelMonth(int month, Channel channel, int referrals) {
}
