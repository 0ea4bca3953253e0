package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** The referral, due, done and touch commands on a real database, through the jar's own entry. */
class ReferralCommandsTest {
    static final Instant RECEIVED = Instant.parse("2026-03-09T08:00:00Z");
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
    }

    private String add() {
        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keller", "--referrer-email",
                "anna@keller.example", "--client", "Ben Okafor", "--need", "A new boiler", "--channel", "email",
                "--received", RECEIVED.toString());
        assertEquals(0, added.code(), added.err());
        return added.out().strip();
    }

    static List<JsonNode> due(CliRun cli, Instant at) throws Exception {
        CliRun.Result due = cli.run("due", "--json", "--at", at.toString());
        assertEquals(0, due.code(), due.err());
        List<JsonNode> lines = new ArrayList<>();
        new ObjectMapper().readTree(due.out()).forEach(lines::add);
        return lines;
    }

    private static List<String> kindsAndStatus(List<JsonNode> lines) {
        return lines.stream().map(l -> l.get("kind").asText() + " " + l.get("status").asText()).toList();
    }

    @Test
    void addingAReferralPrintsItsIdAndADayLaterTheReplyAndTheThanksAreOverdue() throws Exception {
        assertEquals("1", add());

        List<JsonNode> due = due(cli, RECEIVED.plus(Duration.ofHours(25)));

        assertEquals(List.of("RESPOND_TO_CLIENT OVERDUE", "THANK_REFERRER OVERDUE", "HANDWRITTEN_CARD UPCOMING"),
                kindsAndStatus(due));
        JsonNode reply = due.get(0);
        assertEquals(RECEIVED.plus(Duration.ofHours(24)).toString(), reply.get("dueAt").asText());
        assertEquals(1, reply.get("referralId").asLong());
        assertEquals("Anna Keller", reply.get("partner").asText());
        assertEquals("Ben Okafor", reply.get("client").asText());
        assertTrue(!reply.has("amount"), "amount is for gifts only");
    }

    @Test
    void aFollowUpDueLaterThatDayIsDueAndOneTheDayAfterIsUpcoming() throws Exception {
        add();
        // 2026-03-10 00:30 in Berlin: the reply is due at 09:00 that day, the card on the 12th
        List<JsonNode> due = due(cli, Instant.parse("2026-03-09T23:30:00Z"));
        assertEquals(List.of("RESPOND_TO_CLIENT DUE", "THANK_REFERRER DUE", "HANDWRITTEN_CARD UPCOMING"),
                kindsAndStatus(due));
    }

    @Test
    void aWonStoryGivesAGiftWithItsBudget() throws Exception {
        add();
        Instant won = RECEIVED.plus(Duration.ofDays(2));
        CliRun.Result result = cli.run("referral", "won", "1", "--revenue", "5000", "--profit", "1500",
                "--at", won.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Referral 1 is now won.\n"), result.out());

        List<JsonNode> due = due(cli, won.plus(Duration.ofDays(14)).plusSeconds(60));
        JsonNode gift = due.stream().filter(l -> l.get("kind").asText().equals("GIFT")).findFirst().orElseThrow();
        assertEquals("150.00", gift.get("amount").asText());
        assertEquals("OVERDUE", gift.get("status").asText());
    }

    @Test
    void amountsAreReadByTheOneAmountParserTheSameWayUnderEveryLocale() throws Exception {
        add();
        CliRun.Result twoWays = cli.run("referral", "won", "1", "--revenue", "5.000,50", "--profit", "1500");
        assertEquals(2, twoWays.code());
        assertTrue(twoWays.err().contains("'5.000,50' is not an amount such as 5000 or 5000.50"), twoWays.err());

        CliRun.Result grouped = cli.run("referral", "won", "1", "--revenue", "5,000.50", "--profit", "1,500",
                "--at", RECEIVED.plus(Duration.ofDays(2)).toString());
        assertEquals(0, grouped.code(), grouped.err());
        JsonNode gift = due(cli, RECEIVED.plus(Duration.ofDays(17))).stream()
                .filter(l -> l.get("kind").asText().equals("GIFT")).findFirst().orElseThrow();
        assertEquals("150.00", gift.get("amount").asText());
    }

    @Test
    void aStoryMovesThroughItsStagesAndEndsNotAFitOrLost() throws Exception {
        add();
        CliRun.Result contacted = cli.run("referral", "stage", "1", "contacted", "--at", "2026-03-09T10:00:00Z",
                "--note", "Called Ben");
        assertEquals("Referral 1 is now at contacted.\n", contacted.out());
        CliRun.Result booked = cli.run("referral", "stage", "1", "meeting-booked", "--at", "2026-03-09T11:00:00Z");
        assertTrue(booked.out().contains("UPDATE_REFERRER due 2026-03-11T12:00:00+01:00"), booked.out());
        CliRun.Result notAFit = cli.run("referral", "not-a-fit", "1", "--reason", "Too far away", "--onward",
                "Carla Núñez", "--at", "2026-03-09T12:00:00Z");
        assertEquals(0, notAFit.code(), notAFit.err());
        assertTrue(notAFit.out().contains("EXPLAIN_NOT_A_FIT"), notAFit.out());

        assertEquals("2", cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "Emma Schäfer",
                "--received", "2026-03-09T09:00").out().strip());
        CliRun.Result lost = cli.run("referral", "lost", "2", "--reason", "Chose a cheaper offer");
        assertEquals("Referral 2 is now lost.\n", lost.out().lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aDoneFollowUpLeavesTheDueListAndATouchIsLoggedForAPartnerByName() throws Exception {
        add();
        Instant at = RECEIVED.plus(Duration.ofHours(25));
        long reply = due(cli, at).get(0).get("id").asLong();

        CliRun.Result done = cli.run("done", Long.toString(reply), "--at", at.toString());
        assertEquals("Follow-up " + reply + " is done.\n", done.out());
        assertEquals(List.of("THANK_REFERRER OVERDUE", "HANDWRITTEN_CARD UPCOMING"), kindsAndStatus(due(cli, at)));

        CliRun.Result touched = cli.run("touch", "anna keller", "--kind", "call", "--at", at.toString());
        assertEquals("Logged a call with Anna Keller.\n", touched.out());
    }

    @Test
    void theDueListAsTextShowsStatusIdKindAndLocalTime() {
        add();
        CliRun.Result due = cli.run("due", "--at", "2026-03-10T09:00:00Z");
        assertEquals(0, due.code());
        assertTrue(due.out().startsWith("OVERDUE      1  RESPOND_TO_CLIENT  2026-03-10T09:00:00+01:00  Anna Keller"
                + " -> Ben Okafor  (referral 1)\n"), due.out());
    }
}
