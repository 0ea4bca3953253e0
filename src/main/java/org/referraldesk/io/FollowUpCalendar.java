package org.referraldesk.io;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.DateTimeStamp;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Wording;

/**
 * Open follow-ups as an iCalendar file (RFC 5545) for Outlook or Google Calendar: one 30-minute event
 * per follow-up at its effective due time, written in UTC (a global zone id would need a VTIMEZONE),
 * with a stable UID so importing again updates the events instead of doubling them.
 */
public final class FollowUpCalendar {
    public static final Duration LENGTH = Duration.ofMinutes(30);
    private static final String SEPARATOR = " \u00b7 ";

    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.io.calendar");

    /** The UID of a follow-up's event: the same every export. */
    public static String uid(long followUpId) {
        return "followup-" + followUpId + "@referraldesk";
    }

    /** The calendar text, CRLF lines folded at 75 octets; {@code stamp} is every event's DTSTAMP. */
    public String write(List<FollowUpLine> followUps, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Referral Desk//Follow-ups//EN");
        calendar.setName(text.getString("calendar.name"));
        for (FollowUpLine line : followUps) {
            calendar.addEvent(event(line, stamp));
        }
        StringWriter unfolded = new StringWriter();
        try (ICalWriter writer = new ICalWriter(unfolded, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Rfc5545Lines.fold(unfolded.toString());
    }

    /** Writes the calendar as UTF-8 bytes. */
    public void write(List<FollowUpLine> followUps, Instant stamp, OutputStream out) throws IOException {
        out.write(write(followUps, stamp).getBytes(StandardCharsets.UTF_8));
    }

    private VEvent event(FollowUpLine line, Instant stamp) {
        VEvent event = new VEvent();
        event.setUid(uid(line.id()));
        event.setDateTimeStamp(new DateTimeStamp(Date.from(stamp)));
        Instant due = line.effectiveDueAt();
        event.setDateStart(new DateStart(Date.from(due), true));
        event.setDateEnd(new DateEnd(Date.from(due.plus(LENGTH)), true));
        event.setSummary(summary(line));
        event.setDescription(description(line));
        return event;
    }

    /** "Thank the referrer · Junior Alvarez · client Quentin Oxley": what, for whom, and which client's story. */
    String summary(FollowUpLine line) {
        String title = Labels.forOwner().of(line.kind());
        if (line.partnerName() != null) {
            title = title + SEPARATOR + line.partnerName();
        }
        if (line.clientName() != null) {
            title = title + SEPARATOR + Wording.forOwner(text).format("summary.client", line.clientName());
        }
        return title;
    }

    private String description(FollowUpLine line) {
        List<String> parts = new ArrayList<>();
        if (line.partnerName() != null) {
            parts.add(Wording.forOwner(text).format("description.partner", line.partnerName()));
        }
        if (line.clientName() != null) {
            parts.add(Wording.forOwner(text).format("description.client", line.clientName()));
        }
        if (line.amount() != null) {
            parts.add(Wording.forOwner(text).format("description.amount", plain(line.amount())));
        }
        if (line.referralId() != null) {
            parts.add(Wording.forOwner(text).format("description.story", line.referralId()));
        }
        return String.join("\n", parts);
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
