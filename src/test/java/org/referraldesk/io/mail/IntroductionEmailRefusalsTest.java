package org.referraldesk.io.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.referraldesk.testing.IntroEmails.file;
import static org.referraldesk.testing.IntroEmails.mayasReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.testing.IntroEmails;

/** Bad input is a clear refusal (one sentence naming the file) or the best reading, never a crash. */
class IntroductionEmailRefusalsTest {
    private final IntroductionEmail reader = mayasReader();

    private InvalidInput refusal(Runnable reading) {
        return assertThrows(InvalidInput.class, reading::run);
    }

    @Test
    void aFileThatIsNotAnEmailIsRefusedSayingHowToSaveOne() {
        InvalidInput refused = refusal(() -> reader.read(file("bad-not-an-email.eml")));
        assertEquals("email.notAnEmail", refused.key());
        assertEquals("bad-not-an-email.eml is not an email: it has no sender (From) and no recipients."
                + " Save the introduction from your mail program as an .eml file.", refused.message(Locale.ENGLISH));
    }

    @Test
    void anEmailBetweenTheSenderAndTheOwnersTwoAddressesIsRefusedForWantOfAClient() {
        InvalidInput refused = refusal(() -> reader.read(file("bad-no-second-person.eml")));
        assertEquals("email.noSecondPerson", refused.key());
        assertEquals("bad-no-second-person.eml names no one besides its sender and you, so there is no client to record."
                + " Nothing was recorded.", refused.message(Locale.ENGLISH));
    }

    @Test
    void aFileThatIsGoneOrCannotBeOpenedIsRefusedInTheOwnersWordsNeverWithTheSystemsText(@TempDir Path dir) {
        InvalidInput gone = refusal(() -> reader.read(dir.resolve("intro.eml")));
        InvalidInput folder = refusal(() -> reader.read(dir));

        assertEquals("There is no file intro.eml.", gone.message(Locale.ENGLISH));
        assertEquals("email.cannotOpen", folder.key());
        assertEquals(dir.getFileName() + " could not be opened: this computer does not let Referral Desk read it (check "
                + "that the file is yours and not open in another program). Nothing was recorded.",
                folder.message(Locale.ENGLISH));
    }

    @Test
    void nulBytesInTheHeadersAreRefusedAsNoEmailSavedAsText() {
        InvalidInput refused = refusal(() -> reader.read(file("bad-nul-bytes.eml")));
        assertEquals("email.binary", refused.key());
        assertEquals("file", refused.field());
    }

    @Test
    void nulBytesInTheBodyAreLeftOutOfTheNeed() {
        byte[] email = ("From: Anna Berg <anna.berg@gmail.example>\nTo: Ben <ben.okafor@outlook.example>\n"
                + "Subject: Boiler\n\nMaya, meet\u0000 Ben.\n").getBytes(StandardCharsets.UTF_8);
        assertEquals("Boiler. Maya, meet Ben.", reader.read(email, "pasted").need());
    }

    @Test
    void aBrokenBoundaryIsReadFromTheHeadersAloneWithTheSubjectAsTheNeed() {
        assertEquals(new Introduction(new Person("Tom Wright", "tom@wright-gardens.example"),
                List.of(new Person("Hana Kobayashi", "hana.k@example.jp")), Instant.parse("2026-11-29T15:00:00Z"),
                "Hana - new kitchen sink", "Hana - new kitchen sink", "broken-boundary@wright-gardens.example"),
                reader.read(file("bad-broken-boundary.eml")));
    }

    @Test
    void malformedEncodedWordsAreKeptAsWrittenOrGiveWayToTheAddress() {
        assertEquals(new Introduction(new Person("Anna B=ZZerg", "anna.berg@gmail.example"),
                List.of(new Person("ben.okafor@outlook.example", "ben.okafor@outlook.example")),
                Instant.parse("2026-11-30T09:00:00Z"), "=?unknown-charset?Q?Boiler?= for Ben",
                "=?unknown-charset?Q?Boiler?= for Ben. Maya, meet Ben: his boiler needs replacing.",
                "malformed-words@mail.gmail.example"), reader.read(file("bad-malformed-encoded-word.eml")));
    }

    @Test
    void aTwentyMegabyteAttachmentIsReadPastToTheIntroduction() {
        byte[] email = IntroEmails.withAttachment(20 * 1024 * 1024);
        Introduction read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(email, "photo.eml"));
        assertEquals("Ben's boiler (photo attached). Maya, meet Ben: his boiler is in the photo.", read.need());
        assertEquals(List.of(new Person("Ben Okafor", "ben.okafor@outlook.example")), read.others());
    }

    @Test
    void aFileLargerThanFortyMegabytesIsRefusedUnread() {
        InvalidInput refused = refusal(() -> reader.read(new byte[41 * 1024 * 1024], "huge.eml"));
        assertEquals("huge.eml is larger than 40 MB; an introduction email is much smaller. Nothing was recorded.",
                refused.message(Locale.ENGLISH));
    }

    @Test
    void tenThousandRecipientsAreRefusedAsAHeaderTooLongForAnIntroduction() {
        InvalidInput refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> refusal(() -> reader.read(IntroEmails.withRecipients(10_000), "newsletter.eml")));
        assertEquals("email.tooLong", refused.key());
    }

    @Test
    void aThousandRecipientsAreRefusedAsAMailingNamingTheirCount() {
        InvalidInput refused = refusal(() -> reader.read(IntroEmails.withRecipients(1_000), "newsletter.eml"));
        assertEquals("newsletter.eml names 1,000 people, more than the 50 of an introduction; it looks like a mailing."
                + " Nothing was recorded.", refused.message(Locale.ENGLISH));
    }

    @Test
    void aHeaderLineOfAHundredThousandCharactersIsRefused() {
        InvalidInput refused = refusal(() -> reader.read(IntroEmails.withHeaderLine(100_000), "tracked.eml"));
        assertEquals("tracked.eml has a header line longer than 64 KB or too many headers; it is not an introduction."
                + " Nothing was recorded.", refused.message(Locale.ENGLISH));
    }

    @Test
    void aVeryLongSubjectAndNameAreCutToWhatTheFormHolds() {
        byte[] email = ("From: " + "Anna".repeat(100) + " <anna.berg@gmail.example>\nTo: Ben <ben.okafor@outlook.example>\n"
                + "Subject: " + "boiler ".repeat(100) + "\n\nMaya, meet Ben.\n").getBytes(StandardCharsets.UTF_8);
        Introduction read = reader.read(email, "long.eml");
        assertEquals("Anna".repeat(50).substring(0, 199) + "…", read.sender().name());
        assertEquals(300, read.subject().length());
        assertEquals(read.subject() + " Maya, meet Ben.", read.need());
    }
}
