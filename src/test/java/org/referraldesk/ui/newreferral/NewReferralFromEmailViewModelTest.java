package org.referraldesk.ui.newreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.IntroEmails.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.domain.Referral;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.Services;
import org.referraldesk.testing.IntroEmails;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DroppedEmail;
import org.referraldesk.ui.common.ViewLoader;

/** The form filled from an introduction email (issue 17), on Maya's desk a morning after the corpus emails arrived. */
class NewReferralFromEmailViewModelTest {
    private static final ResourceBundle TEXT = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(NewReferralController.class);

    @TempDir
    Path dir;
    private TempDesk desk;
    private Services services;
    private final List<Throwable> reported = new ArrayList<>();
    private NewReferralViewModel form;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        services = TempDesk.services(desk.store(), TypicalClocks.AFTER_THE_INTRODUCTIONS);
        services.settings().saveOwnerEmails(IntroEmails.MAYA + ", " + IntroEmails.MAYA_PRIVATE);
        form = new NewReferralViewModel(services.referrals(), services.introductions(),
                new ContactDirectory(desk.store()), new BackgroundTasks(Runnable::run, Runnable::run, reported::add),
                TypicalClocks.AFTER_THE_INTRODUCTIONS, TEXT);
    }

    @AfterEach
    void close() {
        desk.close();
        assertTrue(reported.isEmpty(), reported::toString);
    }

    @Test
    void anEmailFillsEveryFieldAsAnEmailIntroductionReceivedAtItsDate() {
        form.readEmail(DroppedEmail.file(file("01-webmail-alternative.eml")));

        assertEquals("Anna Berg", form.referrerNameProperty().get());
        assertEquals("anna.berg@gmail.example", form.referrerEmailProperty().get());
        assertEquals("Ben Okafor", form.clientNameProperty().get());
        assertEquals("ben.okafor@outlook.example", form.clientEmailProperty().get());
        assertEquals(Channel.EMAIL_INTRODUCTION, form.channelProperty().get());
        assertEquals(LocalDate.of(2026, 11, 16), form.receivedOnProperty().get(), "the email's Date, in Berlin");
        assertEquals("09:14", form.receivedAtProperty().get());
        assertTrue(form.needProperty().get().startsWith("Intro: Maya <> Ben (boiler replacement). Maya, meet Ben. Ben's"),
                "the subject and the first lines, on the need's one line: " + form.needProperty().get());
        assertEquals("From the email \u201cIntro: Maya <> Ben (boiler replacement)\u201d",
                form.fromEmail().sourceProperty().get());
        assertEquals(1, form.fromEmail().candidates().size(), "one client: no choosing");
        assertFalse(form.hasTyped(), "what the email filled in is no typed work to ask about");
        assertTrue(form.validProperty().get());
    }

    @Test
    void savingAnUntouchedFormRecordsTheStoryWithItsEmailAndTheEmailsOwnDate() {
        form.readEmail(DroppedEmail.file(file("01-webmail-alternative.eml")));
        form.save();

        Referral story = form.recordedProperty().get().referral();
        assertEquals(Instant.parse("2026-11-16T08:14:27Z"), story.receivedAt(), "to the second, as the email says");
        assertEquals(Channel.EMAIL_INTRODUCTION, story.channel());
        assertEquals("Ben Okafor", desk.in(tx -> tx.contacts().find(story.clientId())).orElseThrow().name());
        assertEquals(Optional.of(new EmailThread("CAH7x9qPz1kLmN0intro01@mail.gmail.example",
                "Intro: Maya <> Ben (boiler replacement)")), desk.in(tx -> tx.emailThreads().of(story.id())));
    }

    @Test
    void theOwnersCorrectionsAreRecordedAndTheEmailIsStillKept() {
        form.readEmail(DroppedEmail.file(file("01-webmail-alternative.eml")));
        form.clientNameProperty().set("Benjamin Okafor");
        form.needProperty().set("A new boiler before December");
        form.receivedAtProperty().set("10:30");
        form.estimatedValueProperty().set("4800");
        form.save();

        Referral story = form.recordedProperty().get().referral();
        assertEquals("Benjamin Okafor", desk.in(tx -> tx.contacts().find(story.clientId())).orElseThrow().name());
        assertEquals("A new boiler before December", story.need());
        assertEquals(Instant.parse("2026-11-16T09:30:00Z"), story.receivedAt(), "the time the owner typed, in Berlin");
        assertTrue(desk.in(tx -> tx.emailThreads().of(story.id())).isPresent(), "the email stays with the story");
    }

    @Test
    void withSeveralPeopleTheOwnerChoosesTheClientAndTheEmailIsKept() {
        form.readEmail(DroppedEmail.file(file("08-two-clients-owner-in-cc.eml")));
        assertEquals(List.of(new Person("Kim Nguyen", "kim.nguyen@fastmail.example"),
                new Person("Lee Nguyen", "LEE.NGUYEN@fastmail.example")), form.fromEmail().candidates());
        assertEquals("Kim Nguyen", form.clientNameProperty().get(), "the first until the owner chooses");
        assertEquals("Lee Nguyen (LEE.NGUYEN@fastmail.example)", form.fromEmail().label(form.fromEmail().candidates().get(1)));

        form.fromEmail().clientProperty().set(form.fromEmail().candidates().get(1));
        assertEquals("Lee Nguyen", form.clientNameProperty().get());
        assertEquals("LEE.NGUYEN@fastmail.example", form.clientEmailProperty().get());
        form.save();

        Referral story = form.recordedProperty().get().referral();
        assertEquals("Lee Nguyen", desk.in(tx -> tx.contacts().find(story.clientId())).orElseThrow().name());
        assertEquals(Optional.of(new EmailThread("raj.20261123.2120@patel-roofing.example", "Bathroom leak")),
                desk.in(tx -> tx.emailThreads().of(story.id())));
    }

    @Test
    void anEmailThatIsNoIntroductionIsRefusedInTheOwnersWordsAndTheFormStaysAsItWas() {
        form.clientNameProperty().set("Quentin Oxley");
        form.readEmail(DroppedEmail.file(file("bad-not-an-email.eml")));

        assertEquals("bad-not-an-email.eml is not an email: it has no sender (From) and no recipients. "
                + "Save the introduction from your mail program as an .eml file.", form.formErrorProperty().get());
        assertEquals("Quentin Oxley", form.clientNameProperty().get());
        assertNull(form.fromEmail().emailProperty().get());
        assertFalse(form.busyProperty().get());
    }

    @Test
    void aPastedEmailIsNamedSoInARefusal() {
        form.readEmail(new DroppedEmail(null, "Subject: nothing\r\n\r\nno one\r\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(form.formErrorProperty().get().startsWith("The pasted email is not an email"),
                form.formErrorProperty().get());
    }

    @Test
    void anEmailAlreadyRecordedIsRefusedAndNothingIsRecordedTwice() throws Exception {
        form.readEmail(DroppedEmail.file(file("01-webmail-alternative.eml")));
        form.save();
        form.startAnother();
        assertNull(form.fromEmail().emailProperty().get(), "the next referral is typed again");

        form.readEmail(new DroppedEmail(null, Files.readAllBytes(file("01-webmail-alternative.eml"))));
        assertTrue(form.formErrorProperty().get().startsWith("This email is already recorded: it is Ben Okafor\u2019s story"),
                form.formErrorProperty().get());
        assertEquals("", form.referrerNameProperty().get());
        assertEquals(1, desk.count(tx -> tx.referrals().count()));
    }

    @Test
    void anEmailReadOverTypedWorkWaitsForTheOwnerToSayItMayReplaceIt() {
        form.referrerNameProperty().set("Xavier Quinn");
        form.readEmail(DroppedEmail.file(file("01-webmail-alternative.eml")));
        assertNotNull(form.waitingToReplaceProperty().get(), "asked first");
        assertEquals("Xavier Quinn", form.referrerNameProperty().get(), "nothing replaced yet");

        form.keepTyped();
        assertNull(form.waitingToReplaceProperty().get());
        assertEquals("Xavier Quinn", form.referrerNameProperty().get());
        assertNull(form.fromEmail().emailProperty().get());

        form.readEmail(DroppedEmail.file(file("01-webmail-alternative.eml")));
        form.replaceWithEmail();
        assertEquals("Anna Berg", form.referrerNameProperty().get());
        assertNotNull(form.fromEmail().emailProperty().get());
    }
}
