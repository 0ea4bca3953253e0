package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** {@code search TEXT [--json]}: the contacts and stories the window's search finds, with their ids. */
class SearchCommandTest {
    static final Instant RECEIVED = Instant.parse("2026-03-09T08:00:00Z");
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
        CliRun.Result added = cli.run("referral", "add", "--referrer", "Zoë Lefèvre", "--referrer-email",
                "zoe@lefevre.example", "--client", "Ben Okafor", "--client-phone", "+44 20 7946 0111", "--need",
                "A new boiler", "--channel", "email", "--received", RECEIVED.toString());
        assertEquals(0, added.code(), added.err());
        CliRun.Result notAFit = cli.run("referral", "not-a-fit", "1", "--reason", "Roofs are not our trade",
                "--onward", "Sunny Roofs Ltd", "--at", "2026-03-09T12:00:00Z");
        assertEquals(0, notAFit.code(), notAFit.err());
    }

    private JsonNode json(String... words) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--json"));
        args.addAll(List.of(words));
        CliRun.Result found = cli.run(args.toArray(String[]::new));
        assertEquals(0, found.code(), found.err());
        return new ObjectMapper().readTree(found.out());
    }

    @Test
    void printsTheContactsAndStoriesFoundWithTheirIds() {
        CliRun.Result found = cli.run("search", "lefevre");
        assertEquals(0, found.code(), found.err());
        assertEquals(List.of("PARTNER      1  Zoë Lefèvre  zoe@lefevre.example",
                "STORY        1  Zoë Lefèvre -> Ben Okafor  A new boiler  (NOT_A_FIT, received 2026-03-09T09:00:00+01:00)"),
                found.out().lines().toList());
    }

    @Test
    void anOnwardContactIsFoundByTheWordsOfItsName() throws Exception {
        JsonNode found = json("sunny", "roofs");
        JsonNode sunny = found.get("contacts").get(0);
        assertEquals("Sunny Roofs Ltd", sunny.get("name").asText());
        assertEquals("ONWARD", sunny.get("role").asText());
        assertEquals(3, sunny.get("id").asLong());
        assertEquals(1, found.get("contactCount").asInt());
        assertEquals(1, found.get("stories").get(0).get("id").asLong(), "the story that sent the client on");
        assertEquals("NOT_A_FIT", found.get("stories").get(0).get("stage").asText());
    }

    @Test
    void phoneDigitsFindTheClient() throws Exception {
        JsonNode found = json("7946", "0111");
        assertEquals("Ben Okafor", found.get("contacts").get(0).get("name").asText());
        assertEquals("CLIENT", found.get("contacts").get(0).get("role").asText());
        assertEquals("+44 20 7946 0111", found.get("contacts").get(0).get("phone").asText());
        assertEquals(0, found.get("storyCount").asInt());
    }

    @Test
    void noMatchIsOneLineAndNotAFailure() {
        CliRun.Result found = cli.run("search", "gutter");
        assertEquals(0, found.code(), found.err());
        assertEquals("No match for \"gutter\".\n", found.out());
    }

    @Test
    void aLimitCutsEachGroupAndSaysHowManyMore() {
        cli.run("referral", "add", "--referrer", "Zoë Lefèvre", "--client", "Carla Núñez", "--received",
                "2026-03-09T10:00:00Z");
        CliRun.Result found = cli.run("search", "--limit", "1", "zoe");
        assertEquals(0, found.code(), found.err());
        assertEquals(3, found.out().lines().count(), found.out());
        assertTrue(found.out().lines().toList().get(1).contains("Carla Núñez"), "the newest story first");
        assertTrue(found.out().endsWith("... and 1 more (--limit 1 shows at most 1 contacts, partners and stories each).\n"),
                found.out());
    }

    @Test
    void nothingToSearchForOrABadLimitIsRefusedInOneLine() {
        CliRun.Result blank = cli.run("search", "  ");
        assertEquals(ExitCodes.BAD_INPUT, blank.code());
        assertEquals(List.of("Give a name, an email, a phone number or a word to search for."), blank.errLines());
        assertEquals("", blank.out());
        CliRun.Result limit = cli.run("search", "--limit", "0", "zoe");
        assertEquals(ExitCodes.BAD_INPUT, limit.code());
        assertEquals(List.of("The limit must be between 1 and 1000 lines a group."), limit.errLines());
    }
}
