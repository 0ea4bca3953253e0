package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.referraldesk.testing.TypicalContacts;

/** Contacts, touches, gifts, timeline events and not-found errors: the small records' own rules. */
class SmallRecordsTest {

    private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void aContactNeedsANameAndTrimsTheRest() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Contact.named("  ", "x@example.com"));
        assertEquals("A contact's name must not be blank.", e.getMessage());
        assertEquals("name", e.field());
        Contact c = new Contact(0, " Ben ", "", " ben@example.com ", " ", null, "\t");
        assertEquals("Ben", c.name());
        assertEquals("ben@example.com", c.email());
        assertNull(c.company());
        assertNull(c.phone());
        assertNull(c.notes());
    }

    @Test
    void storingAContactGivesItAnId() {
        Contact stored = Contact.named("Ben Okafor", "ben.okafor@example.com").withId(TypicalContacts.BEN_ID);
        assertEquals(TypicalContacts.BEN_ID, stored.id());
        assertEquals("Ben Okafor", stored.name());
    }

    @Test
    void aTouchMustSayHowWeWereInTouch() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Touch.of(TypicalContacts.ANNA_ID, null, AT, "Lunch"));
        assertEquals("Choose how you were in touch (call, email, card, gift or meeting).", e.getMessage());
        assertEquals(TouchKind.CALL, Touch.of(TypicalContacts.ANNA_ID, TouchKind.CALL, AT, " ").kind());
        assertNull(Touch.of(TypicalContacts.ANNA_ID, TouchKind.CALL, AT, " ").note());
    }

    @Test
    void aGiftNeedsADescriptionAndANonNegativeAmount() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertEquals("What the gift was must not be blank.", assertThrows(InvalidInput.class,
                () -> new Gift(0, TypicalContacts.ANNA_ID, null, today, " ", BigDecimal.TEN)).getMessage());
        assertEquals("The gift's amount cannot be negative.", assertThrows(InvalidInput.class,
                () -> new Gift(0, TypicalContacts.ANNA_ID, null, today, "Vodka", new BigDecimal("-1"))).getMessage());
        assertEquals(new BigDecimal("39.90"),
                new Gift(0, TypicalContacts.ANNA_ID, 3L, today, "A particular vodka", new BigDecimal("39.9")).amount());
    }

    @Test
    void aTimelineEventTrimsItsNote() {
        StoryEvent e = StoryEvent.of(1, AT, Stage.CONTACTED, "  Called Ben back ");
        assertEquals("Called Ben back", e.note());
        assertEquals(0, e.id());
        assertNull(StoryEvent.of(1, AT, Stage.MET, "").note());
    }

    @Test
    void notFoundNamesWhatWasMissing() {
        NotFound e = new NotFound("referral", 42L);
        assertEquals("No referral with id 42.", e.getMessage());
        assertNull(e.field());
    }

    @Test
    void channelsReadAsPlainWords() {
        Labels labels = Labels.in(java.util.Locale.ENGLISH);
        assertEquals("Email introduction", labels.of(Channel.EMAIL_INTRODUCTION));
        assertEquals("Web form", labels.of(Channel.WEB_FORM));
    }
}
