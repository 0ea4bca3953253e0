package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** settings get/set/list and message, on a real database through the jar's own entry. */
class SettingsAndMessageCommandsTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
    }

    @Test
    void theNamesAreUnsetUntilSetAndThenListed() {
        assertEquals("\n", cli.run("settings", "get", "owner-name").out(), "unset: an empty line");
        CliRun.Result set = cli.run("settings", "set", "owner-name", " Jo Keller ");
        assertEquals(0, set.code(), set.err());
        assertEquals("owner-name=Jo Keller\n", set.out());
        assertEquals(0, cli.run("settings", "set", "business-name", "Keller Plumbing").code());
        assertEquals(0, cli.run("settings", "set", "what-we-do", "bathrooms and heating repairs").code());
        assertEquals(0, cli.run("settings", "set", "currency", "gbp").code());
        assertEquals(List.of("owner-name=Jo Keller", "business-name=Keller Plumbing",
                "what-we-do=bathrooms and heating repairs", "currency=GBP", "owner-email="), cli.run("settings", "list").out().lines().toList());
        assertEquals("Jo Keller\n", cli.run("settings", "get", "owner-name").out());
        assertEquals("owner-name=\n", cli.run("settings", "set", "owner-name", "").out(), "a blank value clears it");
    }

    @Test
    void theOwnersAddressesAreSetTogetherAndABadOneChangesNothing() {
        assertEquals("owner-email=jo@keller.example,jo.keller@gmail.example\n",
                cli.run("settings", "set", "owner-email", "jo@keller.example, jo.keller@gmail.example").out());
        CliRun.Result bad = cli.run("settings", "set", "owner-email", "jo@keller.example,jo at home");
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertEquals("jo@keller.example,jo.keller@gmail.example\n", cli.run("settings", "get", "owner-email").out());
    }

    @Test
    void aBadKeyOrValueExitsWithOneAndOneLineAndChangesNothing() {
        CliRun.Result badKey = cli.run("settings", "set", "owner", "Jo");
        assertEquals(1, badKey.code());
        assertEquals(List.of("There is no setting \"owner\"; the settings are owner-name, business-name, what-we-do, "
                + "currency, owner-email."), badKey.errLines());
        assertEquals(1, cli.run("settings", "get", "colour").code());
        CliRun.Result badCurrency = cli.run("settings", "set", "currency", "ABC");
        assertEquals(1, badCurrency.code());
        assertEquals(1, badCurrency.errLines().size(), badCurrency.err());
        CliRun.Result tooLong = cli.run("settings", "set", "business-name", "B".repeat(201));
        assertEquals(List.of("Your business's name must be at most 200 characters."), tooLong.errLines());
        assertEquals("business-name=\n", cli.run("settings", "list").out().lines().skip(1).findFirst().orElseThrow() + "\n");
    }

    @Test
    void messagePrintsTheFilledReplyAndItsRecipient() throws Exception {
        assertEquals(0, cli.run("settings", "set", "owner-name", "Jo Keller").code());
        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--client-email", "ben@okafor.example", "--channel", "email", "--received",
                Instant.parse("2026-03-09T08:00:00Z").toString());
        assertEquals(0, added.code(), added.err());
        long reply = ReferralCommandsTest.due(cli, Instant.parse("2026-03-09T09:00:00Z")).stream()
                .filter(line -> line.get("kind").asText().equals("RESPOND_TO_CLIENT")).findFirst().orElseThrow()
                .get("id").asLong();

        CliRun.Result text = cli.run("message", Long.toString(reply));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("To: ben@okafor.example\nSubject: Thank you for the introduction, Anna\n\n"
                + "Hi Anna, hi Ben,\n"), text.out());
        assertTrue(text.out().endsWith("Best wishes,\nJo Keller\n"), text.out());
        assertTrue(!text.out().contains("{") && !text.out().contains("[["), "no need was noted: " + text.out());

        JsonNode json = new ObjectMapper().readTree(cli.run("message", Long.toString(reply), "--json").out());
        assertEquals("ben@okafor.example", json.get("to").asText());
        assertEquals("Thank you for the introduction, Anna", json.get("subject").asText());
        assertTrue(json.get("body").asText().endsWith("Jo Keller"), json.toString());
        assertEquals(0, json.get("leftOut").size());

        CliRun.Result missing = cli.run("message", "999");
        assertEquals(1, missing.code());
        assertEquals(List.of("No follow-up with id 999."), missing.errLines());
    }

    @Test
    void theReplyToAnIntroductionCopiesTheReferrerOnTheCcLine() throws Exception {
        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keller", "--referrer-email",
                "anna@keller.example", "--client", "Ben Okafor", "--client-email", "ben@okafor.example", "--channel",
                "email", "--received", Instant.parse("2026-03-09T08:00:00Z").toString());
        assertEquals(0, added.code(), added.err());
        long reply = ReferralCommandsTest.due(cli, Instant.parse("2026-03-09T09:00:00Z")).stream()
                .filter(line -> line.get("kind").asText().equals("RESPOND_TO_CLIENT")).findFirst().orElseThrow()
                .get("id").asLong();

        assertTrue(cli.run("message", Long.toString(reply)).out().startsWith("To: ben@okafor.example\n"
                + "Cc: anna@keller.example\nSubject: Thank you for the introduction, Anna\n\n"));
        JsonNode json = new ObjectMapper().readTree(cli.run("message", Long.toString(reply), "--json").out());
        assertEquals("anna@keller.example", json.get("cc").asText());
        assertEquals("", json.get("inReplyTo").asText());
    }
}
