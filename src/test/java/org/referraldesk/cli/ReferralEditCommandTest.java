package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** {@code referral edit ID}: the same options as {@code referral add}, printing what changed. */
class ReferralEditCommandTest {
    private static final Instant RECEIVED = ReferralCommandsTest.RECEIVED;
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keler", "--referrer-email",
                "anna@keller.example", "--client", "Ben Okafor", "--need", "A new boiler", "--channel", "email",
                "--received", RECEIVED.toString());
        assertEquals(0, added.code(), added.err());
    }

    @Test
    void editingPrintsOneLinePerChangedFieldAndTheRepliesMoveWithTheReceivedTime() throws Exception {
        Instant earlier = RECEIVED.minus(Duration.ofHours(2));

        CliRun.Result edited = cli.run("referral", "edit", "1", "--need", "A heat pump", "--received",
                earlier.toString(), "--referrer", "Anna Keller", "--value", "4200", "--channel", "phone",
                "--client-phone", "+49 170 5550101");

        assertEquals(0, edited.code(), edited.err());
        assertEquals(List.of("received time: 2026-03-09T09:00:00+01:00 \u2192 2026-03-09T07:00:00+01:00",
                "need: A new boiler \u2192 A heat pump", "channel: email \u2192 phone",
                "estimated value: (none) \u2192 4200.00",
                "client: Ben Okafor \u2192 Ben Okafor +49 170 5550101",
                "referrer: Anna Keler <anna@keller.example> \u2192 Anna Keller <anna@keller.example>"),
                edited.out().lines().toList());
        JsonNode reply = ReferralCommandsTest.due(cli, earlier.plus(Duration.ofDays(30))).get(0);
        assertEquals("RESPOND_TO_CLIENT", reply.get("kind").asText());
        assertEquals(earlier.plus(Duration.ofHours(24)).toString(), reply.get("dueAt").asText());
    }

    @Test
    void editingWithNothingNewSaysSo() {
        CliRun.Result edited = cli.run("referral", "edit", "1", "--need", "A new boiler");

        assertEquals(0, edited.code(), edited.err());
        assertEquals("Referral 1: nothing changed.", edited.out().strip());
    }

    @Test
    void badInputExitsWithOneAndOneLine() {
        CliRun.Result future = cli.run("referral", "edit", "1", "--received", "2026-04-01T09:00:00Z");
        assertEquals(1, future.code());
        assertEquals(List.of("The time the referral arrived cannot be in the future."), future.errLines());

        CliRun.Result amount = cli.run("referral", "edit", "1", "--value", "lots");
        assertEquals(1, amount.code());
        assertEquals(List.of("\"lots\" is not an amount such as 4000 or 4000.00."), amount.errLines());

        CliRun.Result email = cli.run("referral", "edit", "1", "--client-email", "ben(at)okafor");
        assertEquals(1, email.code());
        assertEquals(List.of("\"ben(at)okafor\" is not an email address such as name@example.com."),
                email.errLines());
        CliRun.Result same = cli.run("referral", "edit", "1", "--received", RECEIVED.toString(), "--client-email",
                "", "--need", "A new boiler");
        assertEquals("Referral 1: nothing changed.", same.out().strip(), "the story is as it was");
    }
}
