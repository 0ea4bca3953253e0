package org.referraldesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Found;
import org.referraldesk.domain.FoundPerson;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code search TEXT [--limit N] [--json]}: the contacts (partners too) and stories the window's Ctrl+K finds. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The contacts and stories that match TEXT, with their ids, as the window's search finds them:",
            "case and accents do not count (\"lefevre\" finds Lefèvre), every word must occur",
            "(\"ann kel\" finds Anna Keller), in a name, company, email, need or note; digits find",
            "a phone number however it was written (\"7946 0111\" finds +44 20 7946 0111).",
            "Contacts come first (clients and people a client was sent on to, then partners),",
            "each by name, those whose words start with TEXT first; then stories, newest first."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    DeskCommand desk;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for; several words are one search.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N contacts, N partners and N stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "A JSON object: contacts (id, name, role, company, email, phone), "
            + "stories (id, referrer, client, need, stage, receivedAt) and how many of each matched in all "
            + "(contactCount, storyCount).")
    boolean json;

    @Override
    public Integer call() {
        Found found;
        try (Services services = desk.open(null)) {
            found = services.search().findTyped(String.join(" ", words), limit);
        }
        List<FoundPerson> people = new ArrayList<>(found.contacts());
        people.addAll(found.partners());
        if (json) {
            print(people, found);
        } else if (found.isEmpty()) {
            desk.out.println(Said.text("cli.search.noMatch", found.typed().strip()));
        } else {
            people.forEach(person -> desk.out.println(line(person)));
            found.stories().forEach(story -> desk.out.println(line(story)));
            int more = found.contactCount() + found.partnerCount() + found.storyCount() - people.size()
                    - found.stories().size();
            if (more > 0) {
                desk.out.println(Said.text("cli.search.more", more, limit));
            }
        }
        return ExitCodes.OK;
    }

    private void print(List<FoundPerson> people, Found found) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (FoundPerson person : people) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", person.id());
            c.put("name", person.name());
            c.put("role", person.role().name());
            c.put("company", person.company());
            c.put("email", person.email());
            c.put("phone", person.phone());
            contacts.add(c);
        }
        List<Map<String, Object>> stories = new ArrayList<>();
        for (ReferralSummary story : found.stories()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", story.id());
            s.put("referrer", story.referrerName());
            s.put("client", story.clientName());
            s.put("need", story.need());
            s.put("stage", story.stage().name());
            s.put("receivedAt", story.receivedAt().toString());
            stories.add(s);
        }
        out.put("contacts", contacts);
        out.put("contactCount", found.contactCount() + found.partnerCount());
        out.put("stories", stories);
        out.put("storyCount", found.storyCount());
        try {
            desk.out.println(Printed.JSON.writeValueAsString(out));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(FoundPerson person) {
        StringBuilder b = new StringBuilder(String.format("%-8s %5d  %s", person.role().name(), person.id(),
                person.name()));
        for (String detail : new String[] {person.company(), person.email(), person.phone()}) {
            if (detail != null) {
                b.append("  ").append(detail);
            }
        }
        return b.toString();
    }

    private String line(ReferralSummary story) {
        StringBuilder b = new StringBuilder(String.format("%-8s %5d  %s -> %s", "STORY", story.id(),
                story.referrerName(), story.clientName()));
        if (story.need() != null) {
            b.append("  ").append(story.need());
        }
        return b.append("  ").append(Said.text("cli.search.received", story.stage().name(),
                Printed.time(story.receivedAt(), desk.clock().getZone()))).toString();
    }
}
