package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.one;
import static org.referraldesk.testing.MailtoLinks.decoded;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Recipients;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.testing.IntroEmails;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalClocks;

/**
 * The playbook's answer to an introduction email: one reply to the client with the referrer in Cc,
 * answering the email itself, and a thank-you to the referrer saying the rest goes on one-to-one.
 */
class IntroductionReplyTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Services services;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        services = TempDesk.services(desk.store(), TypicalClocks.AFTER_THE_INTRODUCTIONS);
        services.settings().saveOwnerEmails(IntroEmails.MAYA);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private RecordedReferral recordedFromEmail() {
        Introduction intro = services.introductions().read(IntroEmails.file("01-webmail-alternative.eml"));
        return services.referrals().record(EmailIntroductions.referral(intro, intro.others().get(0)));
    }

    private Message message(RecordedReferral story, FollowUpKind kind) {
        return services.templates().compose(one(story.followUps(), kind).id());
    }

    @Test
    void theReplyDraftGoesToTheClientWithTheReferrerInCcAnsweringTheEmail() {
        RecordedReferral story = recordedFromEmail();

        Map<String, String> link = decoded(message(story, FollowUpKind.RESPOND_TO_CLIENT).mailto());

        assertEquals("ben.okafor@outlook.example", link.get("to"));
        assertEquals("anna.berg@gmail.example", link.get("cc"));
        assertEquals("Re: Intro: Maya <> Ben (boiler replacement)", link.get("subject"));
        assertEquals("<CAH7x9qPz1kLmN0intro01@mail.gmail.example>", link.get("In-Reply-To"));
        assertTrue(link.get("body").startsWith("Hi Anna, hi Ben,"), link.get("body"));
        assertFalse(link.containsKey("bcc"), "no Bcc until the owner gives one");
    }

    @Test
    void anEmailWithoutASubjectIsAnsweredUnderTheTemplatesOwnSubject() {
        RecordedReferral story = services.referrals().record(ANNA_SENDS_BEN.fromEmail(
                new org.referraldesk.domain.EmailThread("no-subject@keller.example", " ")));

        Message reply = message(story, FollowUpKind.RESPOND_TO_CLIENT);

        assertEquals("Thank you for the introduction, Anna", reply.subject());
        assertEquals("no-subject@keller.example", reply.inReplyTo());
    }

    @Test
    void theThankYouToTheReferrerSaysTheConversationGoesOnOneToOne() {
        Message thanks = message(recordedFromEmail(), FollowUpKind.THANK_REFERRER);

        assertEquals("anna.berg@gmail.example", thanks.to());
        assertEquals("", thanks.cc());
        assertEquals("Thank you for thinking of us", thanks.subject(), "a message of its own, not in the thread");
        assertTrue(thanks.body().contains("I've answered your email \"Intro: Maya <> Ben (boiler replacement)\" and will "
                + "carry on with Ben one-to-one from here, so your inbox stays quiet."), thanks.body());
    }

    @Test
    void aReferralThatCameByPhoneIsThankedWithoutTheEmailSentence() {
        RecordedReferral story = services.referrals().record(ANNA_SENDS_BEN);

        Message thanks = message(story, FollowUpKind.THANK_REFERRER);
        Message reply = message(story, FollowUpKind.RESPOND_TO_CLIENT);

        assertFalse(thanks.body().contains("one-to-one"), thanks.body());
        assertFalse(thanks.body().contains("{"), thanks.body());
        assertEquals("Thank you for the introduction, Anna", reply.subject(), "the template's own subject");
        assertEquals("anna@keller.example", reply.cc(), "the reply greets both, so it copies both");
        assertEquals("", reply.inReplyTo());
    }

    @Test
    void eachTemplateSaysWhomItCopiesAndWhomItBlindCopies() {
        RecordedReferral story = recordedFromEmail();
        services.templates().saveRecipients(TemplateKind.THANK_REFERRER, Recipients.Copy.CLIENT,
                " records@lindqvist-plumbing.example ; Records@Lindqvist-Plumbing.example");
        services.templates().saveRecipients(TemplateKind.EMAIL_INTRODUCTION_REPLY, Recipients.Copy.NOBODY, "");

        Map<String, String> thanks = decoded(message(story, FollowUpKind.THANK_REFERRER).mailto());
        Message reply = message(story, FollowUpKind.RESPOND_TO_CLIENT);

        assertEquals("ben.okafor@outlook.example", thanks.get("cc"));
        assertEquals("records@lindqvist-plumbing.example", thanks.get("bcc"), "each address once");
        assertEquals("", reply.cc());
        assertEquals(new Recipients(Recipients.Copy.CLIENT, "records@lindqvist-plumbing.example"),
                services.templates().recipients(TemplateKind.THANK_REFERRER));
    }

    @Test
    void aBadBccAddressIsRefusedOnItsFieldAndChangesNothing() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> services.templates().saveRecipients(
                TemplateKind.EMAIL_INTRODUCTION_REPLY, Recipients.Copy.NOBODY, "ok@example.com, not an address"));

        assertEquals("blindCopy", refused.field());
        assertEquals(Recipients.byDefault(TemplateKind.EMAIL_INTRODUCTION_REPLY),
                services.templates().recipients(TemplateKind.EMAIL_INTRODUCTION_REPLY));
    }

    @Test
    void theCcPlaceholderNamesWhoIsCopied() {
        RecordedReferral story = recordedFromEmail();
        Message reply = message(story, FollowUpKind.RESPOND_TO_CLIENT);
        services.templates().save(TemplateKind.EMAIL_INTRODUCTION_REPLY, "{subject}", "Copying {cc}.[[ Re {subject}.]]");

        Message filled = message(story, FollowUpKind.RESPOND_TO_CLIENT);

        assertEquals("Copying Anna Berg. Re Intro: Maya <> Ben (boiler replacement).", filled.body());
        assertEquals(reply.subject(), filled.subject(), "the reply to an email keeps the email's subject");
    }

    @Test
    void aDeskWithTheEarlierThankYouWordingGetsTheNewOneAndAnEditedOneIsKept() {
        String earlier = java.util.ResourceBundle.getBundle(DefaultTemplates.BUNDLE, java.util.Locale.GERMAN)
                .getString("THANK_REFERRER.body.earlier");
        services.templates().save(TemplateKind.THANK_REFERRER, "Danke, dass Sie an uns gedacht haben", earlier);
        services.templates().save(TemplateKind.HERO_CHECK_IN, "Mine", "My own words");

        services.templates().followLanguage(java.util.Locale.GERMAN);

        assertTrue(desk.in(tx -> tx.templates().find(TemplateKind.THANK_REFERRER)).orElseThrow().body()
                .contains("{client_first} ab jetzt direkt weiter"));
        assertEquals("My own words", desk.in(tx -> tx.templates().find(TemplateKind.HERO_CHECK_IN)).orElseThrow().body());
    }
}
