package org.referraldesk.ui.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.referraldesk.domain.Found;
import org.referraldesk.domain.FoundPerson;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.common.OwnerFormats;

/** How what the search found reads in the box: the groups in order, each with its heading and lines. */
final class SearchTexts {
    private static final String SEP = " \u00b7 ";

    private final ResourceBundle text;
    private final OwnerFormats formats;
    private final Labels labels = Labels.forOwner();

    SearchTexts(ResourceBundle text, Clock clock) {
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
    }

    /**
     * The lines for {@code found}: Contacts, Stories, Partners (for the empty box: the recent stories
     * first), each group only when it has lines.
     */
    List<SearchLine> lines(Found found, boolean recent) {
        List<SearchLine> lines = new ArrayList<>();
        if (recent) { // before anything is typed the stories lead: the people are those in them
            stories(lines, found, true);
        }
        group(lines, "search.group.contacts", found.contacts().size(), found.contactCount(), recent);
        found.contacts().forEach(person -> lines.add(person(SearchLine.Kind.CONTACT, person)));
        if (!recent) {
            stories(lines, found, false);
        }
        group(lines, "search.group.partners", found.partners().size(), found.partnerCount(), recent);
        found.partners().forEach(person -> lines.add(person(SearchLine.Kind.PARTNER, person)));
        return lines;
    }

    private void stories(List<SearchLine> lines, Found found, boolean recent) {
        group(lines, "search.group.stories", found.stories().size(), found.storyCount(), recent);
        found.stories().forEach(story -> lines.add(story(story)));
    }

    private void group(List<SearchLine> lines, String key, int shown, int count, boolean recent) {
        if (shown == 0) {
            return;
        }
        String more = recent || shown == count ? ""
                : Wording.forOwner(text).format("search.group.more", shown, count);
        lines.add(SearchLine.heading(text.getString(recent ? key + ".recent" : key), more));
    }

    private SearchLine person(SearchLine.Kind kind, FoundPerson person) {
        String detail = join(kind == SearchLine.Kind.PARTNER ? null : labels.of(person.role()), person.company(),
                person.email(), person.phone());
        return new SearchLine(kind, person.id(), person.name(), detail);
    }

    private SearchLine story(ReferralSummary story) {
        String title = Wording.forOwner(text).format("search.story.title", story.referrerName(), story.clientName());
        return new SearchLine(SearchLine.Kind.STORY, story.id(), title,
                join(story.need(), formats.actAndStage(story.stage()), formats.date(story.receivedAt())));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(SEP));
    }
}
