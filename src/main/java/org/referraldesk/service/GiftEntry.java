package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift as the owner logs it: for which partner, optionally for which story and from which GIFT
 * follow-up (it is completed), what it was, what it cost and the day it was given (null: today).
 */
public record GiftEntry(long partnerId, Long referralId, Long followUpId, String description, BigDecimal amount,
        LocalDate givenOn) {
}
