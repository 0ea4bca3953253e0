package org.referraldesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.FollowUpLine;

/**
 * The calendar is written with biweekly and read back with ical4j, a second parser that knows
 * nothing of the first; the raw bytes follow RFC 5545 (CRLF, 75-octet folding, UID and DTSTAMP).
 */
class FollowUpCalendarTest {
    private static final Instant STAMP = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant SNOOZED = Instant.parse("2026-11-30T14:30:00Z");
    private static final String ZOE = "Zo\u00eb Lef\u00e8vre \uD83C\uDF89";

    private final FollowUpCalendar calendar = new FollowUpCalendar();
    private final List<FollowUpLine> lines = List.of(
            new FollowUpLine(7, FollowUpKind.THANK_REFERRER, DUE, null, 3L, "Junior Alvarez", 12L, "Ben Okafor", null),
            new FollowUpLine(8, FollowUpKind.GIFT, DUE, SNOOZED, 4L, ZOE + " of Lef\u00e8vre Design, Caf\u00e9 "
                    + "Stra\u00dfe, na\u00efve r\u00e9sum\u00e9 \uD83C\uDF89\uD83C\uDF89\uD83C\uDF89 and friends",
                    13L, "Se\u00f1ora Mu\u00f1oz; \"the bakery\", downtown", new BigDecimal("360.00")),
            new FollowUpLine(9, FollowUpKind.ANNUAL_VIP_INVITE, Instant.parse("2026-12-01T08:00:00Z"), null, 5L,
                    ZOE, null, null, null));

    @Test
    void ical4jReadsTheSameEventsUidsAndStartInstants() throws Exception {
        Calendar read = new CalendarBuilder().build(new ByteArrayInputStream(bytes()));
        List<VEvent> events = read.getComponents(Component.VEVENT);
        assertEquals(3, events.size());
        assertEquals(List.of("followup-7@referraldesk", "followup-8@referraldesk", "followup-9@referraldesk"),
                events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList());
        assertEquals(List.of(DUE, SNOOZED, Instant.parse("2026-12-01T08:00:00Z")),
                events.stream().map(e -> instant(e.getDateTimeStart().getDate())).toList(),
                "the snoozed gift is in the calendar at its snooze");
        assertEquals(DUE.plus(FollowUpCalendar.LENGTH),
                instant(events.get(0).getDateTimeEnd().getDate()), "half an hour long");
    }

    @Test
    void theSummaryNamesTheTaskThePartnerAndTheClientAndTheDescriptionTheClientToo() throws Exception {
        Calendar read = new CalendarBuilder().build(new ByteArrayInputStream(bytes()));
        List<VEvent> events = read.getComponents(Component.VEVENT);
        assertEquals("Thank the referrer \u00b7 Junior Alvarez \u00b7 client Ben Okafor",
                property(events.get(0), Property.SUMMARY));
        assertEquals("Invite to the VIP evening \u00b7 " + ZOE, property(events.get(2), Property.SUMMARY),
                "accents and emoji survive folding");
        String gift = property(events.get(1), Property.DESCRIPTION);
        assertTrue(gift.contains("Client: Se\u00f1ora Mu\u00f1oz; \"the bakery\", downtown"), gift);
        assertTrue(gift.contains("Budget: 360.00"), gift);
        assertTrue(gift.contains("Story 13 in Referral Desk"), gift);
    }

    @Test
    void everyLineEndsWithCrlfAndNoLineIsLongerThan75Octets() {
        byte[] raw = bytes();
        assertEquals('\n', raw[raw.length - 1]);
        int start = 0;
        int longLines = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                assertTrue(i > 0 && raw[i - 1] == '\r', "LF without CR at byte " + i);
                int octets = i - 1 - start;
                assertTrue(octets <= 75, "a line of " + octets + " octets at byte " + start);
                longLines += octets > 70 ? 1 : 0;
                start = i + 1;
            } else {
                assertFalse(raw[i] == '\r' && (i + 1 >= raw.length || raw[i + 1] != '\n'), "CR without LF at " + i);
            }
        }
        assertTrue(longLines > 0, "the long summary was folded near the limit");
    }

    @Test
    void foldingNeverSplitsAUtf8Sequence() throws Exception {
        byte[] raw = bytes();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                byte[] line = java.util.Arrays.copyOfRange(raw, start, i - 1);
                strictUtf8(line);
                start = i + 1;
            }
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n "), "long lines are folded with CRLF and one space");
        assertTrue(text.replace("\r\n ", "").contains("SUMMARY:Send a gift \u00b7 " + ZOE),
                "unfolded, the summary is whole");
    }

    @Test
    void everyEventHasAUidAndADtstamp() {
        String unfolded = new String(bytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
        List<String> events = new ArrayList<>();
        for (String part : unfolded.split("BEGIN:VEVENT\r\n")) {
            if (part.contains("END:VEVENT")) {
                events.add(part.substring(0, part.indexOf("END:VEVENT")));
            }
        }
        assertEquals(3, events.size());
        for (String event : events) {
            assertTrue(event.contains("\r\nUID:followup-") || event.startsWith("UID:followup-"), event);
            assertTrue(event.contains("DTSTAMP:20261123T090000Z\r\n"), event);
            assertTrue(event.contains("DTSTART:2026"), "a UTC time without TZID: " + event);
            assertFalse(event.contains("TZID"), event);
        }
    }

    @Test
    void anEmptyListIsAValidEmptyCalendar() throws Exception {
        byte[] raw = calendar.write(List.of(), STAMP).getBytes(StandardCharsets.UTF_8);
        Calendar read = new CalendarBuilder().build(new StringReader(new String(raw, StandardCharsets.UTF_8)));
        assertEquals(0, read.getComponents(Component.VEVENT).size());
        assertTrue(new String(raw, StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR\r\n"));
    }

    private byte[] bytes() {
        return calendar.write(lines, STAMP).getBytes(StandardCharsets.UTF_8);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    private static void strictUtf8(byte[] line) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
    }
}
