package org.referraldesk.ui.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactPage;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.common.OwnerFormats;

/** How a contact's page words its lines, in the owner's language, zone and locale. */
final class ContactTexts {
    private static final String DOT = " \u00b7 ";
    private final ResourceBundle text;
    private final OwnerFormats formats;

    ContactTexts(ResourceBundle text, Clock clock) {
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
    }

    String format(String key, Object... arguments) {
        return Wording.forOwner(text).format(key, arguments);
    }

    /** "Partner · Brennan Property": the part they play on the desk, and their company. */
    String role(ContactPage page) {
        String part = text.getString(page.partner() ? "contact.role.partner"
                : page.onwardOnly() ? "contact.role.onward"
                : !page.asClient().isEmpty() ? "contact.role.client" : "contact.role.contact");
        String company = page.contact().company();
        return company == null ? part : part + DOT + company;
    }

    /** "Sent you 2 referrals · Client in 1 story · You sent them 1 referral", naming only what there is. */
    String summary(ContactPage page) {
        List<String> parts = new ArrayList<>();
        count(parts, "contact.summary.referred", page.referred().size());
        count(parts, "contact.summary.client", page.asClient().size());
        count(parts, "contact.summary.given", page.givenTo().size());
        return parts.isEmpty() ? text.getString("contact.summary.none") : String.join(DOT, parts);
    }

    private void count(List<String> parts, String key, int count) {
        if (count > 0) {
            parts.add(format(key, count));
        }
    }

    /** Their email, phone, address and notes: only those the desk has. */
    List<ContactLine> details(Contact contact) {
        List<ContactLine> lines = new ArrayList<>();
        add(lines, "contact.email", contact.email());
        add(lines, "contact.phone", contact.phone());
        add(lines, "contact.address", contact.address());
        add(lines, "contact.notes", contact.notes());
        return lines;
    }

    private void add(List<ContactLine> lines, String key, String value) {
        if (value != null) {
            lines.add(new ContactLine(null, text.getString(key), value));
        }
    }

    /** Every story they are in, newest first: "Sent us Ben Okafor" or "Client · sent by Anna Keller". */
    List<ContactLine> stories(ContactPage page) {
        record Part(ReferralSummary story, boolean client) {
        }
        return Stream.concat(page.referred().stream().map(story -> new Part(story, false)),
                        page.asClient().stream().map(story -> new Part(story, true)))
                .sorted(Comparator.comparing((Part part) -> part.story().receivedAt())
                        .thenComparing(part -> part.story().id()).reversed())
                .map(part -> part.client() ? asClient(part.story()) : referred(part.story()))
                .toList();
    }

    private ContactLine referred(ReferralSummary story) {
        return new ContactLine(story.id(), format("contact.story.referred", story.clientName()), storyDetail(story));
    }

    private ContactLine asClient(ReferralSummary story) {
        return new ContactLine(story.id(), format("contact.story.client", story.referrerName()), storyDetail(story));
    }

    /** "A new boiler · Middle · meeting booked · 4 May 2026". */
    private String storyDetail(ReferralSummary story) {
        String stage = formats.actAndStage(story.stage()) + DOT + formats.date(story.receivedAt());
        return story.need() == null ? stage : story.need() + DOT + stage;
    }

    /** "We sent them Ben Okafor", with the day and why; it opens the story it came from, if any. */
    ContactLine given(GivenLine line) {
        String when = formats.date(line.givenAt());
        String title = line.clientName() == null ? text.getString("contact.given.someone")
                : format("contact.given", line.clientName());
        return new ContactLine(line.sourceReferralId(), title,
                line.note() == null ? when : when + DOT + line.note());
    }

    /** "Call · 23 Nov 2026, 09:00", with its note. */
    ContactLine touch(Touch touch) {
        String title = Labels.forOwner().of(touch.kind()) + DOT + formats.dateTime(touch.at());
        return new ContactLine(null, title, touch.note() == null ? "" : touch.note());
    }
}
