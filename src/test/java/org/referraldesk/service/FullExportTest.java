package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Money;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.TempDesk;

/** Everything as one JSON document: every table from the live schema, in a stable order, to the byte. */
class FullExportTest {
    static final Instant RECEIVED = TempDesk.NOW.minus(Duration.ofDays(3));
    @TempDir
    Path dir;
    private TempDesk desk;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** A won story with a phone number, a touch and a gift follow-up: every kind of value. */
    static long fill(TempDesk desk) {
        long id = desk.referrals().record(new NewReferral("Anna Keller", "anna@keller.example", "Ben Okafor", null,
                "+49 30 1234", Channel.EMAIL_INTRODUCTION, "=A new boiler", RECEIVED, Money.of("4000")))
                .referral().id();
        desk.referrals().close(id, new Outcome.Won(Money.of("5000"), Money.of("1500.50")), RECEIVED.plusSeconds(3600),
                "Signed");
        long anna = desk.referrals().find(id).referrerId();
        desk.partners().logTouch(anna, TouchKind.CALL, RECEIVED.plusSeconds(7200), "Said thanks");
        return id;
    }

    private DataExports exportsAt(Clock clock) {
        return new DataExports(desk.store(), clock, "Referral Desk test");
    }

    @Test
    void twoExportsOfTheSameDataAreTheSameBytesAndDifferOnlyInExportedAtLater() throws Exception {
        fill(desk);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Path later = dir.resolve("later.json");
        exportsAt(TempDesk.CLOCK).everything(first);
        exportsAt(TempDesk.CLOCK).everything(second);
        exportsAt(Clock.offset(TempDesk.CLOCK, Duration.ofHours(5))).everything(later);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String firstText = Files.readString(first);
        String laterText = Files.readString(later);
        assertTrue(firstText.contains("\"exportedAt\": \"2026-03-10T08:00:00Z\""));
        assertEquals(firstText.replace("2026-03-10T08:00:00Z\",\n  \"tables", "X"),
                laterText.replace("2026-03-10T13:00:00Z\",\n  \"tables", "X"), "only exportedAt differs");
    }

    @Test
    void theDocumentHoldsEveryTableOfTheSchemaButNotFlywaysHistoryNorGeneratedColumns() throws Exception {
        fill(desk);
        Path file = dir.resolve("all.json");
        int rows = exportsAt(TempDesk.CLOCK).everything(file);
        JsonNode doc = new ObjectMapper().readTree(file.toFile());

        assertEquals("referral-desk-export", doc.get("format").asText());
        assertEquals(1, doc.get("formatVersion").asInt());
        assertEquals(latestMigration(), doc.get("schemaVersion").asText(), "the newest migration applied");
        List<String> tables = new ArrayList<>();
        doc.get("tables").fieldNames().forEachRemaining(tables::add);
        assertEquals(List.of("contact", "contact_merge", "contact_merge_move", "email_thread", "follow_up", "gift", "partner", "referral",
                "referral_given", "setting", "story_event",
                "template", "touch", "vip_invite"), tables, "alphabetical, without flyway_schema_history");
        JsonNode ben = doc.get("tables").get("contact").get(1);
        assertFalse(ben.has("name_key") || ben.has("email_key"), "generated columns are left out");
        assertEquals("+49 30 1234", ben.get("phone").asText(), "the phone number stays as stored");
        JsonNode story = doc.get("tables").get("referral").get(0);
        assertEquals("1500.50", story.get("profit").asText(), "money as a decimal string");
        assertTrue(story.get("profit").isTextual());
        assertEquals(RECEIVED.toString(), story.get("received_at").asText(), "instants in UTC");
        assertEquals("=A new boiler", story.get("need").asText(), "no spreadsheet escaping in JSON");
        int counted = 0;
        for (JsonNode table : doc.get("tables")) {
            counted += table.size();
        }
        assertEquals(counted, rows);
    }

    @Test
    void rowsAreOrderedByPrimaryKey() throws Exception {
        fill(desk);
        Path file = dir.resolve("all.json");
        exportsAt(TempDesk.CLOCK).everything(file);
        JsonNode followUps = new ObjectMapper().readTree(file.toFile()).get("tables").get("follow_up");
        long previous = 0;
        for (JsonNode row : followUps) {
            assertTrue(row.get("id").asLong() > previous);
            previous = row.get("id").asLong();
        }
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).endsWith("}\n"));
    }

    /** The highest V-number among the Flyway migrations the build ships. */
    private static String latestMigration() throws java.io.IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        }
    }
}
