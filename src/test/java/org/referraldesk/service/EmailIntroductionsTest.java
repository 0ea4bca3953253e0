package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.referraldesk.testing.IntroEmails.file;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.testing.IntroEmails;
import org.referraldesk.testing.TempDesk;

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

    private EmailIntroductions introductions() {
        return new EmailIntroductions(desk.services().settings());
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
                null, Channel.EMAIL_INTRODUCTION, read.need(), Instant.parse("2026-11-23T21:20:00Z"), null),
                EmailIntroductions.referral(read, read.others().get(1)));
    }
}
