package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.IntroEmails.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Referral;
import org.referraldesk.io.mail.IntroductionEmail;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;
import org.referraldesk.testing.IntroEmails;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/**
 * {@code referral add --from-email FILE [--dry-run]} on Maya's desk, on a morning after the corpus
 * emails arrived, through the jar's own entry.
 */
class ReferralFromEmailCommandTest {
    static final String BENS_NEED = "Intro: Maya <> Ben (boiler replacement). Maya, meet Ben. Ben's boiler gave up last "
            + "week and he needs a new one before the cold sets in. Maya did ours two years ago and it has not missed a beat.";
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TypicalClocks.AFTER_THE_INTRODUCTIONS);
        CliRun.Result set = cli.run("settings", "set", "owner-email", IntroEmails.MAYA + "," + IntroEmails.MAYA_PRIVATE);
        assertEquals(0, set.code(), set.err());
    }

    private CliRun.Result add(String email, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("referral", "add", "--from-email", email));
        args.addAll(List.of(options));
        return cli.run(args.toArray(String[]::new));
    }

    private JsonNode dryRun(String email, String... options) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(options));
        all.add("--dry-run");
        CliRun.Result result = add(file(email).toString(), all.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        return new ObjectMapper().readTree(result.out());
    }

    private <T> T onTheDesk(Function<Tx, T> read) {
        try (Store store = Store.open(dir.resolve("desk"))) {
            return store.inTransaction(read);
        }
    }

    private TempDesk.Snapshot snapshot() {
        try (TempDesk desk = TempDesk.openIn(dir)) {
            return desk.snapshot();
        }
    }

    private static List<String> people(JsonNode list) {
        List<String> people = new java.util.ArrayList<>();
        list.forEach(p -> people.add(person(p)));
        return people;
    }

    private static String person(JsonNode person) {
        return person.get("name").asText() + " <" + person.get("email").asText() + ">";
    }

    @Test
    void anIntroductionEmailIsRecordedWithEveryFieldAndKeepsTheEmail() {
        CliRun.Result added = add(file("01-webmail-alternative.eml").toString());

        assertEquals(0, added.code(), added.err());
        assertEquals("1\n", added.out());
        assertEquals("", added.err(), "nothing to warn of");
        Referral story = onTheDesk(tx -> tx.referrals().find(1).orElseThrow());
        assertEquals(Channel.EMAIL_INTRODUCTION, story.channel());
        assertEquals(BENS_NEED, story.need());
        assertEquals(Instant.parse("2026-11-16T08:14:27Z"), story.receivedAt());
        Contact referrer = onTheDesk(tx -> tx.contacts().find(story.referrerId()).orElseThrow());
        Contact client = onTheDesk(tx -> tx.contacts().find(story.clientId()).orElseThrow());
        assertEquals(List.of("Anna Berg", "anna.berg@gmail.example"), List.of(referrer.name(), referrer.email()));
        assertEquals(List.of("Ben Okafor", "ben.okafor@outlook.example"), List.of(client.name(), client.email()));
        assertEquals(null, client.phone());
        assertEquals(Optional.of(new EmailThread("CAH7x9qPz1kLmN0intro01@mail.gmail.example",
                "Intro: Maya <> Ben (boiler replacement)")), onTheDesk(tx -> tx.emailThreads().of(1)));
        assertEquals(List.of(FollowUpKind.RESPOND_TO_CLIENT, FollowUpKind.THANK_REFERRER, FollowUpKind.HANDWRITTEN_CARD),
                onTheDesk(tx -> tx.followUps().forReferral(1)).stream().map(f -> f.kind()).toList(),
                "the playbook's follow-ups, as for a story typed in");
    }

    @Test
    void aDryRunPrintsTheStoryAsJsonAndWritesNothing() throws Exception {
        TempDesk.Snapshot before = snapshot();

        JsonNode story = dryRun("08-two-clients-owner-in-cc.eml");

        assertEquals("Raj Patel", story.get("referrer").get("name").asText());
        assertEquals("raj@patel-roofing.example", story.get("referrer").get("email").asText());
        assertEquals("Kim Nguyen", story.get("client").get("name").asText());
        assertEquals("kim.nguyen@fastmail.example", story.get("client").get("email").asText());
        assertTrue(story.get("client").get("phone").isNull());
        assertEquals("email", story.get("channel").asText());
        assertEquals("Bathroom leak. Kim, Lee - copying Maya, who fixed the same leak at my sister's place. Maya, they are "
                + "on Birch Lane, the upstairs bathroom drips into the kitchen.", story.get("need").asText());
        assertEquals("2026-11-23T21:20:00Z", story.get("received").asText());
        assertEquals("raj.20261123.2120@patel-roofing.example", story.get("messageId").asText());
        assertEquals("Bathroom leak", story.get("subject").asText());
        assertEquals(List.of("Lee Nguyen <LEE.NGUYEN@fastmail.example>"), people(story.get("candidates")));
        assertEquals(before, snapshot(), "a dry run writes nothing");
        assertEquals(0, add(file("08-two-clients-owner-in-cc.eml").toString()).code(),
                "and the email can still be recorded");
    }

    @Test
    void everyOptionGivenOverridesWhatTheEmailSays() throws Exception {
        String[] options = {"--referrer", "Anna Berg-Lund", "--referrer-email", "anna@berg-care.example",
            "--client-email", "ben@okafor.example", "--client-phone", "+44 20 7946 0111", "--need", "A new boiler",
            "--channel", "phone", "--received", "2026-11-16T10:00:00Z"};

        JsonNode story = dryRun("01-webmail-alternative.eml", options);
        CliRun.Result added = add(file("01-webmail-alternative.eml").toString(), options);

        assertEquals("Anna Berg-Lund <anna@berg-care.example>", person(story.get("referrer")));
        assertEquals("Ben Okafor <ben@okafor.example>", person(story.get("client")));
        assertEquals("+44 20 7946 0111", story.get("client").get("phone").asText());
        assertEquals(List.of("phone", "A new boiler", "2026-11-16T10:00:00Z"), List.of(story.get("channel").asText(),
                story.get("need").asText(), story.get("received").asText()));
        assertEquals(0, added.code(), added.err());
        Referral recorded = onTheDesk(tx -> tx.referrals().find(1).orElseThrow());
        Contact client = onTheDesk(tx -> tx.contacts().find(recorded.clientId()).orElseThrow());
        assertEquals(List.of(Channel.PHONE, "A new boiler", Instant.parse("2026-11-16T10:00:00Z")),
                List.of(recorded.channel(), recorded.need(), recorded.receivedAt()));
        assertEquals(List.of("Ben Okafor", "ben@okafor.example", "+44 20 7946 0111"),
                List.of(client.name(), client.email(), client.phone()));
        assertEquals("Anna Berg-Lund", onTheDesk(tx -> tx.contacts().find(recorded.referrerId()).orElseThrow()).name());
        assertEquals("CAH7x9qPz1kLmN0intro01@mail.gmail.example",
                onTheDesk(tx -> tx.emailThreads().of(1)).orElseThrow().messageId(), "the email is kept all the same");
    }

    @Test
    void ofSeveralPeopleTheFirstIsTheClientUnlessClientOrClientEmailNamesAnother() throws Exception {
        String email = "08-two-clients-owner-in-cc.eml";

        JsonNode byName = dryRun(email, "--client", "lee NGUYEN");
        JsonNode byAddress = dryRun(email, "--client-email", "lee.nguyen@fastmail.example");
        JsonNode byAddressAsClient = dryRun(email, "--client", "Lee.Nguyen@Fastmail.example");

        for (JsonNode story : List.of(byName, byAddress, byAddressAsClient)) {
            assertEquals("Lee Nguyen", story.get("client").get("name").asText());
            assertEquals(List.of("Kim Nguyen <kim.nguyen@fastmail.example>"), people(story.get("candidates")));
        }
        assertEquals("LEE.NGUYEN@fastmail.example", byName.get("client").get("email").asText(), "as the email writes it");
        assertEquals("lee.nguyen@fastmail.example", byAddress.get("client").get("email").asText(), "as the owner typed it");
    }

    @Test
    void aClientWhoIsNoneOfTheEmailsPeopleIsSomeoneElseAndNeverGetsTheirAddress() throws Exception {
        JsonNode story = dryRun("08-two-clients-owner-in-cc.eml", "--client", "Sam Nguyen");

        assertEquals("Sam Nguyen", story.get("client").get("name").asText());
        assertTrue(story.get("client").get("email").isNull());
        assertEquals(List.of("Kim Nguyen <kim.nguyen@fastmail.example>", "Lee Nguyen <LEE.NGUYEN@fastmail.example>"),
                people(story.get("candidates")));
    }

    @Test
    void eachFileThatIsNoIntroductionIsRefusedInOneLineWithExitOneAndNothingWritten() throws Exception {
        Path large = dir.resolve("large.eml");
        try (RandomAccessFile grown = new RandomAccessFile(large.toFile(), "rw")) {
            grown.setLength(IntroductionEmail.LARGEST_FILE + 1);
        }
        Path folder = Files.createDirectory(dir.resolve("saved.eml"));
        Path missing = dir.resolve("missing.eml");
        TempDesk.Snapshot before = snapshot();

        List<List<String>> refusals = List.of(
                List.of(file("bad-not-an-email.eml").toString(), "bad-not-an-email.eml is not an email: it has no sender "
                        + "(From) and no recipients. Save the introduction from your mail program as an .eml file."),
                List.of(file("bad-no-second-person.eml").toString(), "bad-no-second-person.eml names no one besides its "
                        + "sender and you, so there is no client to record. Nothing was recorded."),
                List.of(file("bad-nul-bytes.eml").toString(), "bad-nul-bytes.eml holds NUL bytes in its headers, so it is "
                        + "not an email saved as text (.eml). Nothing was recorded."),
                List.of(large.toString(), "large.eml is larger than 40 MB; an introduction email is much smaller. "
                        + "Nothing was recorded."),
                List.of(missing.toString(), "There is no file " + missing.toAbsolutePath() + "."),
                List.of(folder.toString(), folder.toAbsolutePath() + " is a folder; give a file name."));
        for (List<String> refusal : refusals) {
            for (String[] options : List.of(new String[0], new String[] {"--dry-run"})) {
                CliRun.Result refused = add(refusal.get(0), options);
                assertEquals(1, refused.code(), refusal.get(0));
                assertEquals(List.of(refusal.get(1)), refused.errLines());
                assertEquals("", refused.out());
            }
        }
        assertEquals(before, snapshot(), "nothing was written");
    }

    @Test
    void withoutTheOwnersAddressesTheOwnerIsWarnedTheyMayBeTheClientTaken() throws Exception {
        CliRun fresh = new CliRun(dir.resolve("fresh"), TypicalClocks.AFTER_THE_INTRODUCTIONS);

        CliRun.Result result = fresh.run("referral", "add", "--from-email", file("01-webmail-alternative.eml").toString(),
                "--dry-run");

        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("Your own email addresses are not set (settings set owner-email A[,B]), so you may be one "
                + "of this email's people; Maya Lindqvist was taken as the client."), result.errLines());
        JsonNode story = new ObjectMapper().readTree(result.out());
        assertEquals(List.of("Ben Okafor <ben.okafor@outlook.example>"), people(story.get("candidates")));
    }

    @Test
    void theSameEmailIsRefusedTheSecondTimeWithOneLine() {
        assertEquals(0, add(file("01-webmail-alternative.eml").toString()).code());
        TempDesk.Snapshot before = snapshot();

        CliRun.Result again = add(file("01-webmail-alternative.eml").toString(), "--client", "Someone Else");

        assertEquals(1, again.code());
        assertEquals(1, again.errLines().size(), again.err());
        assertTrue(again.err().startsWith("This email is already recorded: it is Ben Okafor’s story, received "),
                again.err());
        assertEquals(before, snapshot());
    }

    @Test
    void anEmailDatedAfterTheDesksClockIsRefusedInOneLine() {
        CliRun march = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);

        CliRun.Result refused = march.run("referral", "add", "--from-email", file("01-webmail-alternative.eml").toString());
        CliRun.Result tried = march.run("referral", "add", "--from-email", file("01-webmail-alternative.eml").toString(),
                "--dry-run");

        for (CliRun.Result result : List.of(refused, tried)) {
            assertEquals(1, result.code());
            assertEquals(List.of("The time the referral arrived cannot be in the future."), result.errLines());
            assertEquals("", result.out());
        }
        assertEquals(0L, (long) onTheDesk(tx -> tx.referrals().count()));
    }

    @Test
    void withoutAnEmailTheReferrerAndTheClientAreStillRequired() throws Exception {
        CliRun.Result noClient = cli.run("referral", "add", "--referrer", "Anna Berg");
        CliRun.Result neither = cli.run("referral", "add", "--need", "A boiler");

        assertEquals(ExitCodes.USAGE, noClient.code());
        assertEquals("Missing required option: '--client=NAME' (or --from-email=FILE)", noClient.errLines().get(0));
        assertEquals("Missing required options: '--referrer=NAME', '--client=NAME' (or --from-email=FILE)",
                neither.errLines().get(0));
        CliRun.Result typed = cli.run("referral", "add", "--referrer", "Anna Berg", "--client", "Ben Okafor", "--dry-run");
        JsonNode story = new ObjectMapper().readTree(typed.out());
        assertEquals(List.of("Anna Berg", "Ben Okafor", "other", "2026-12-01T08:00:00Z"), List.of(
                story.get("referrer").get("name").asText(), story.get("client").get("name").asText(),
                story.get("channel").asText(), story.get("received").asText()), "a typed story can be tried too");
        assertTrue(story.get("messageId").isNull() && story.get("candidates").isEmpty(), typed.out());
        assertEquals(0L, (long) onTheDesk(tx -> tx.referrals().count()));
    }

    @Test
    void theHelpNamesTheEmailAndTheDryRun() {
        CliRun.Result help = cli.run("referral", "add", "--help");

        assertEquals(0, help.code());
        assertTrue(help.out().contains("--from-email=FILE"), help.out());
        assertTrue(help.out().contains("--dry-run"), help.out());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("(default: other; email with --from-email)"), help.out());
    }
}
