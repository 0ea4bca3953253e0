package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.referraldesk.testing.IntroEmails.file;

import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.testing.IntroEmails;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/** An email introduction is read with the addresses the owner saved, and fills the New referral. */
class EmailIntroductionsTest {
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

    /** The desk's services on a morning after the corpus emails arrived. */
    private Services late() {
        return TempDesk.services(desk.store(), TypicalClocks.AFTER_THE_INTRODUCTIONS);
    }

    private EmailIntroductions introductions() {
        return desk.services().introductions();
    }

    @Test
    void theOwnersSavedAddressesAreNeverACandidateClient() {
        desk.services().settings().saveOwnerEmails(IntroEmails.MAYA + "," + IntroEmails.MAYA_PRIVATE);
        assertEquals(List.of(new Person("Kim Nguyen", "kim.nguyen@fastmail.example"),
                new Person("Lee Nguyen", "LEE.NGUYEN@fastmail.example")),
                introductions().read(file("08-two-clients-owner-in-cc.eml")).others());
    }

    @Test
    void withoutSavedAddressesTheOwnerIsOneOfTheCandidatesToChooseAmong() {
        assertEquals(List.of(new Person("Maya Lindqvist", IntroEmails.MAYA), new Person("Ben Okafor", "ben.okafor@outlook.example")),
                introductions().read(file("01-webmail-alternative.eml")).others());
    }

    @Test
    void theChosenClientFillsTheNewReferralAsAnEmailIntroduction() {
        desk.services().settings().saveOwnerEmails(IntroEmails.MAYA_PRIVATE);
        Introduction read = introductions().read(file("08-two-clients-owner-in-cc.eml"));
        assertEquals(new NewReferral("Raj Patel", "raj@patel-roofing.example", "Lee Nguyen", "LEE.NGUYEN@fastmail.example",
                null, Channel.EMAIL_INTRODUCTION, read.need(), Instant.parse("2026-11-23T21:20:00Z"), null,
                new EmailThread("raj.20261123.2120@patel-roofing.example", "Bathroom leak")),
                EmailIntroductions.referral(read, read.others().get(1)));
    }

    @Test
    void theStoryKeepsTheEmailItWasRecordedFrom() {
        desk.services().settings().saveOwnerEmails(IntroEmails.MAYA);
        Introduction read = introductions().read(file("01-webmail-alternative.eml"));
        long story = late().referrals().record(EmailIntroductions.referral(read, read.others().get(0)))
                .referral().id();
        assertEquals(Optional.of(new EmailThread("CAH7x9qPz1kLmN0intro01@mail.gmail.example",
                "Intro: Maya <> Ben (boiler replacement)")), desk.in(tx -> tx.emailThreads().of(story)));
    }

    @Test
    void theSameEmailCannotBeRecordedTwiceEvenFromTheTrashAndTheSecondTryChangesNothing() {
        desk.services().settings().saveOwnerEmails(IntroEmails.MAYA);
        Introduction read = introductions().read(file("01-webmail-alternative.eml"));
        NewReferral filled = EmailIntroductions.referral(read, read.others().get(0));
        long story = late().referrals().record(filled).referral().id();
        desk.services().trash().deleteStory(story);
        int before = desk.count(tx -> tx.referrals().count());

        InvalidInput reading = assertThrows(InvalidInput.class, () -> introductions().read(file("01-webmail-alternative.eml")));
        InvalidInput recording = assertThrows(InvalidInput.class, () -> late().referrals().record(filled));

        assertEquals("This email is already recorded: it is Ben Okafor’s story, received "
                + "16 Nov 2026"
                + ", now in the Trash. Restore it from the Trash; nothing was recorded a second time.",
                reading.message(Locale.ENGLISH));
        assertEquals("email.alreadyInTrash", recording.key());
        assertEquals(before, desk.count(tx -> tx.referrals().count()));
    }

    @Test
    void anEmailOnAStoryStillOpenIsRefusedAsAlreadyRecorded() {
        desk.services().settings().saveOwnerEmails(IntroEmails.MAYA);
        Introduction read = introductions().read(file("01-webmail-alternative.eml"));
        late().referrals().record(EmailIntroductions.referral(read, read.others().get(0)));

        assertEquals("email.alreadyRecorded", assertThrows(InvalidInput.class,
                () -> introductions().read(file("01-webmail-alternative.eml"))).key());
    }

    @Test
    void emailsWithoutAMessageIdAreNeverTakenForOneAnother() {
        desk.services().settings().saveOwnerEmails(IntroEmails.MAYA + "," + IntroEmails.MAYA_PRIVATE);
        Introduction read = introductions().read(file("12-folded-headers-no-message-id.eml"));
        late().referrals().record(EmailIntroductions.referral(read, read.others().get(0)));

        Introduction again = introductions().read(file("12-folded-headers-no-message-id.eml"));

        assertEquals(read, again);
    }
}
