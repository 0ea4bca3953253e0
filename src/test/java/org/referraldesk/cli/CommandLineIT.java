package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.store.Store;

/**
 * The packaged jar, run as the owner runs it: {@code java -jar target/referral-desk.jar --db ... COMMAND}
 * in a child process (after {@code package}, in {@code verify}).
 */
class CommandLineIT {
    static final Instant RECEIVED = Instant.parse("2026-03-09T08:00:00Z");
    @TempDir
    Path dir;

    record Ran(int code, String out, String err) {
    }

    static Ran jar(Path db, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("rd.jar", "target/referral-desk.jar"));
        assertTrue(Files.isRegularFile(jar), "run 'mvn package' first: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Europe/Berlin", "-jar", jar.toString(), "--db", db.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(db.getParent(), "out", ".txt");
        Path err = Files.createTempFile(db.getParent(), "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar finished within a minute");
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> kindsAndStatus(String json) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : new ObjectMapper().readTree(json)) {
            lines.add(line.get("kind").asText() + " " + line.get("status").asText()
                    + (line.has("amount") ? " " + line.get("amount").asText() : ""));
        }
        return lines;
    }

    @Test
    void theJarRecordsAStoryShowsWhatIsDueAndExportsAndRestoresToTheByte() throws Exception {
        Path db = dir.resolve("desk");
        Ran added = jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--client-phone", "+49 30 1234", "--channel", "email", "--received", RECEIVED.toString());
        assertEquals(0, added.code(), added.err());
        assertEquals("1\n", added.out());

        Ran due = jar(db, "due", "--json", "--at", RECEIVED.plus(Duration.ofHours(25)).toString());
        assertEquals(List.of("RESPOND_TO_CLIENT OVERDUE", "THANK_REFERRER OVERDUE", "HANDWRITTEN_CARD UPCOMING"),
                kindsAndStatus(due.out()));

        Instant wonAt = RECEIVED.plus(Duration.ofDays(2));
        assertEquals(0, jar(db, "referral", "won", "1", "--revenue", "5000", "--profit", "1500", "--at",
                wonAt.toString()).code());
        Ran gift = jar(db, "due", "--json", "--at", wonAt.plus(Duration.ofDays(14)).plusSeconds(60).toString());
        assertTrue(kindsAndStatus(gift.out()).contains("GIFT OVERDUE 150.00"), gift.out());

        Path first = dir.resolve("first.json");
        Path again = dir.resolve("again.json");
        Path other = dir.resolve("other");
        assertEquals(0, jar(db, "export", "json", first.toString()).code());
        Ran restored = jar(other, "restore", first.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(0, jar(other, "export", "json", again.toString()).code());
        assertEquals(withoutExportedAt(first), withoutExportedAt(again), "identical but for the export time");
        assertTrue(Files.readString(again).contains("\"phone\": \"+49 30 1234\""));
        assertTrue(Files.readString(dir.resolve("referral-desk.log")).contains("Opened database " + db),
                "the log is kept beside the database the command opened");
    }

    @Test
    void theJarCorrectsAStoryPrintingWhatChangedAndRefusesBadInputWithOneLine() throws Exception {
        Path db = dir.resolve("desk");
        assertEquals(0, jar(db, "referral", "add", "--referrer", "Ana Keller", "--client", "Ben Okafor",
                "--need", "A boiler", "--received", RECEIVED.toString()).code());
        Instant earlier = RECEIVED.minus(Duration.ofHours(3));
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");

        Ran edited = jar(db, "referral", "edit", "1", "--referrer", "Anna Keller", "--need", "A new boiler",
                "--received", earlier.toString());

        assertEquals(0, edited.code(), edited.err());
        assertEquals(List.of("received time: " + Printed.time(RECEIVED, berlin) + " \u2192 "
                + Printed.time(earlier, berlin), "need: A boiler \u2192 A new boiler",
                "referrer: Ana Keller \u2192 Anna Keller"), edited.out().lines().toList());
        Ran due = jar(db, "due", "--json", "--at", earlier.plus(Duration.ofHours(25)).toString());
        assertEquals(List.of("RESPOND_TO_CLIENT OVERDUE", "THANK_REFERRER OVERDUE", "HANDWRITTEN_CARD UPCOMING"),
                kindsAndStatus(due.out()), "the replies count from the corrected time");
        Ran refused = jar(db, "referral", "edit", "1", "--client", "Anna Keller");
        assertEquals(1, refused.code());
        assertEquals("The referrer and the client must be different people.\n", refused.err());
    }

    @Test
    void theJarSearchesContactsAndStoriesPrintingTheirIds() throws Exception {
        Path db = dir.resolve("desk");
        assertEquals(0, jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--client-phone", "+44 20 7946 0111", "--need", "A new roof", "--received", RECEIVED.toString()).code());
        assertEquals(0, jar(db, "referral", "not-a-fit", "1", "--reason", "Roofs are not our trade", "--onward",
                "Sunny Roofs Ltd").code());

        Ran found = jar(db, "search", "sunny");
        assertEquals(0, found.code(), found.err());
        assertEquals("ONWARD       3  Sunny Roofs Ltd", found.out().lines().findFirst().orElseThrow());
        assertTrue(found.out().lines().skip(1).findFirst().orElseThrow().startsWith("STORY        1  Anna Keller -> Ben Okafor"),
                found.out());
        JsonNode json = new ObjectMapper().readTree(jar(db, "search", "--json", "7946", "0111").out());
        assertEquals(2, json.get("contacts").get(0).get("id").asLong());
        assertEquals("CLIENT", json.get("contacts").get(0).get("role").asText());
        Ran none = jar(db, "search", "gutter");
        assertEquals("No match for \"gutter\".\n", none.out());
        Ran blank = jar(db, "search", " ");
        assertEquals(1, blank.code());
        assertEquals("Give a name, an email, a phone number or a word to search for.\n", blank.err());
    }

    private static String withoutExportedAt(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\"exportedAt\": \"[^\"]+\"", "");
    }

    @Test
    void badInputExitsWithOneAndADeskHeldByAProcessThatDoesNotShareItWithThree() throws Exception {
        Path db = dir.resolve("desk");
        Ran missing = jar(db, "done", "999");
        assertEquals(1, missing.code());
        assertEquals("No follow-up with id 999.\n", missing.err());
        assertEquals("", missing.out());

        // an older Referral Desk held the file alone (H2's file lock, no server to reach it through)
        try (Connection alone = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("desk")
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0", "sa", "")) {
            Ran busy = jar(db, "due");
            assertEquals(3, busy.code(), busy.err());
            assertEquals(1, busy.err().lines().count(), busy.err());
            assertTrue(busy.err().contains("is in use by another Referral Desk"), busy.err());
            assertTrue(alone.isValid(1));
        }
    }

    @Test
    void aCommandWhileThisProcessHoldsTheDeskReadsAndWritesThroughIt() throws Exception {
        Path db = dir.resolve("desk");
        try (Store held = Store.open(db)) {
            Ran added = jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                    "--received", RECEIVED.toString());
            assertEquals(0, added.code(), added.err());
            Ran due = jar(db, "due", "--json", "--at", RECEIVED.plus(Duration.ofHours(25)).toString());
            assertEquals(0, due.code(), due.err());
            assertEquals(List.of("RESPOND_TO_CLIENT OVERDUE", "THANK_REFERRER OVERDUE", "HANDWRITTEN_CARD UPCOMING"),
                    kindsAndStatus(due.out()));
            assertEquals(2, (int) held.inTransaction(tx -> tx.contacts().count()), "the command's write is in the holder's desk");
            assertTrue(held.servesTheFile(), "the holder still serves the file after the commands ended");
        }
    }

    @Test
    void theJarSetsTheNamesAndPrintsAFollowUpsMessageSignedWithThem() throws Exception {
        Path db = dir.resolve("desk");
        Ran named = jar(db, "settings", "set", "owner-name", "Jo Keller");
        assertEquals(0, named.code(), named.err());
        assertEquals("owner-name=Jo Keller\n", named.out());
        Ran badKey = jar(db, "settings", "get", "colour");
        assertEquals(1, badKey.code());
        assertEquals(1, badKey.err().lines().count(), badKey.err());
        assertTrue(jar(db, "settings", "list").out().startsWith("owner-name=Jo Keller\nbusiness-name=\n"));

        assertEquals(0, jar(db, "referral", "add", "--referrer", "Anna Keller", "--referrer-email",
                "anna@keller.example", "--client", "Ben Okafor", "--channel", "email", "--received",
                RECEIVED.toString()).code());
        Ran message = jar(db, "message", "2");
        assertEquals(0, message.code(), message.err());
        assertTrue(message.out().startsWith("To: anna@keller.example\nSubject: Thank you for thinking of us\n\nHi Anna,"),
                message.out());
        assertTrue(message.out().endsWith("Warm regards,\nJo Keller\n"), message.out());
        JsonNode json = new ObjectMapper().readTree(jar(db, "message", "1", "--json").out());
        assertEquals("", json.get("to").asText(), "Ben has no email address");
        assertTrue(!json.get("body").asText().contains("{"), json.toString());
    }

    @Test
    void theJarMergesTwoRecordsOfOnePersonAndRefusesToMergeTwoPeopleInOneStory() throws Exception {
        Path db = dir.resolve("desk");
        assertEquals(0, jar(db, "referral", "add", "--referrer", "Zoë Lefèvre", "--client", "Ben Okafor",
                "--received", RECEIVED.toString()).code());
        assertEquals(0, jar(db, "referral", "add", "--referrer", "Zoe Lefevre", "--client", "Carla Núñez",
                "--received", RECEIVED.toString()).code());

        Ran merged = jar(db, "contact", "merge", "1", "3");

        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.out().startsWith("Merged contact 3 (Zoe Lefevre) into 1 (Zoë Lefèvre). Moved: stories 1,"),
                merged.out());
        Ran due = jar(db, "due", "--at", RECEIVED.plus(Duration.ofHours(25)).toString());
        assertTrue(due.out().contains("Zoë Lefèvre -> Carla Núñez") && !due.out().contains("Zoe Lefevre"), due.out());
        Ran refused = jar(db, "contact", "merge", "1", "2");
        assertEquals(1, refused.code());
        assertEquals("Zoë Lefèvre and Ben Okafor are in a story together, one referring the other, so they are two "
                + "people and cannot be merged.\n", refused.err());
    }

    @Test
    void theJarRecordsAStoryFromAnIntroductionEmailOnceAndPrintsItsDryRunFirst() throws Exception {
        Path db = dir.resolve("desk");
        String email = org.referraldesk.testing.IntroEmails.file("02-thunderbird-quoted-printable.eml").toString();
        assertEquals(0, jar(db, "settings", "set", "owner-email", org.referraldesk.testing.IntroEmails.MAYA).code());

        JsonNode trial = new ObjectMapper().readTree(jar(db, "referral", "add", "--from-email", email, "--dry-run").out());
        Ran added = jar(db, "referral", "add", "--from-email", email);
        Ran again = jar(db, "referral", "add", "--from-email", email);

        assertEquals("Jürgen Müller", trial.get("referrer").get("name").asText());
        assertEquals("zoe.celik@posteo.example", trial.get("client").get("email").asText());
        assertEquals("2026-11-17T17:02:11Z", trial.get("received").asText());
        assertEquals(0, added.code(), added.err());
        assertEquals("1\n", added.out(), "the dry run wrote nothing");
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("This email is already recorded: it is Zoë Çelik’s story"), again.err());
        assertEquals(1, again.err().lines().count(), again.err());
    }
}
