package org.referraldesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * One thank-you card to write by hand: the partner, their postal address (null when we have none:
 * the card is still listed, as "address missing"), the story in one line and the suggested message.
 * {@code followUpId} is the pending card follow-up, or null for a partner the owner added by hand.
 */
public record CardLine(Long followUpId, long partnerId, String name, String address, String story,
        String message) {

    public CardLine {
        Objects.requireNonNull(name, "name");
        address = address == null || address.isBlank() ? null : address.strip();
        story = story == null ? "" : story;
        message = message == null ? "" : message;
    }

    public boolean hasAddress() {
        return address != null;
    }

    /** The address as the lines of an envelope; empty when it is missing. */
    public List<String> addressLines() {
        return address == null ? List.of()
                : address.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
