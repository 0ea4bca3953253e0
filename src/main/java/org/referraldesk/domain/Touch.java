package org.referraldesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A logged contact with a partner. Any touch resets that partner's check-in clock. */
public record Touch(long id, long partnerId, TouchKind kind, Instant at, String note) {

    public Touch {
        if (kind == null) {
            throw new InvalidInput("kind", "touch.kind");
        }
        Objects.requireNonNull(at, "at");
        note = InvalidInput.optionalText(note);
    }

    public static Touch of(long partnerId, TouchKind kind, Instant at, String note) {
        return new Touch(0, partnerId, kind, at, note);
    }
}
