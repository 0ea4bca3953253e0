package org.referraldesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A gift given to a partner, optionally for one story. */
public record Gift(long id, long partnerId, Long referralId, LocalDate givenOn, String description,
        BigDecimal amount) {

    public Gift {
        Objects.requireNonNull(givenOn, "givenOn");
        description = InvalidInput.requireLine("description", description, "label.giftDescription");
        amount = Money.requireNonNegative("amount", amount, "label.giftAmount");
    }
}
