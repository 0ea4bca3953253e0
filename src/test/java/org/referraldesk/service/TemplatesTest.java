package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.one;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.testing.TempDesk;

/** Anna Keller sent us Ben Okafor, who needs a new boiler; we write the messages their story asks for. */
class TemplatesTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Templates templates;
    private RecordedReferral story;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        templates = new Templates(desk.store());
        story = desk.referrals().record(ANNA_SENDS_BEN);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theReplyToAnIntroductionGoesToTheClientWithBothNamesFilled() {
        Message reply = templates.compose(one(story.followUps(), FollowUpKind.RESPOND_TO_CLIENT).id());
        assertEquals("ben@okafor.example", reply.to());
        assertEquals("Thank you for the introduction, Anna", reply.subject());
        assertTrue(reply.body().startsWith("Hi Anna, hi Ben,"), "greeted by first name: " + reply.body());
        assertTrue(reply.body().contains("A new boiler"), reply.body());
        assertTrue(reply.body().endsWith("Best wishes,"), "not signed until the owner gives their names: " + reply.body());
        assertEquals(List.of(), reply.unknownPlaceholders());
        assertEquals(List.of(), reply.unfilledPlaceholders());
        assertFalse(reply.body().contains("{"), reply.body());
    }

    @Test
    void theThankYouGoesToTheReferrerSignedWithTheOwnersNames() {
        desk.settings().saveNames(new OwnerNames("Keller Heating", "Max Braun"));
        Message thanks = templates.compose(one(story.followUps(), FollowUpKind.THANK_REFERRER).id());
        assertEquals("anna@keller.example", thanks.to());
        assertTrue(thanks.body().contains("Thank you for sending Ben Okafor our way."), thanks.body());
        assertTrue(thanks.body().endsWith("Max Braun\nKeller Heating"), thanks.body());
    }

    @Test
    void aNotAFitExplanationNamesWhoTheClientWasSentOnTo() {
        List<FollowUp> created = desk.referrals().close(story.referral().id(),
                new Outcome.NotAFit("Only underfloor heating", "Dach & Söhne"), null, null).followUps();
        Message explanation = templates.compose(one(created, FollowUpKind.EXPLAIN_NOT_A_FIT).id());
        assertEquals("About Ben Okafor, and thank you", explanation.subject());
        assertTrue(explanation.body().contains("I've put them in touch with Dach & Söhne,"), explanation.body());
        assertTrue(explanation.body().contains("A new boiler"), explanation.body());
        assertEquals("anna@keller.example", explanation.to());
    }

    @Test
    void anOptionalPhraseWithNothingToFillItIsLeftOut() {
        List<FollowUp> created = desk.referrals().close(story.referral().id(),
                new Outcome.NotAFit("Only underfloor heating", null), null, null).followUps();
        Message explanation = templates.compose(one(created, FollowUpKind.EXPLAIN_NOT_A_FIT).id());
        assertFalse(explanation.body().contains("in touch with"), explanation.body());
        assertFalse(explanation.body().contains("{"), explanation.body());
        assertEquals(List.of(), explanation.unfilledPlaceholders(), "the phrase was optional");
        assertEquals(List.of(), explanation.unknownPlaceholders());
    }

    @Test
    void aPlaceholderTheOwnerWroteOutsideAPhraseIsLeftOutAndReported() {
        templates.save(TemplateKind.NOT_A_FIT_EXPLANATION, "About {client}", "Hi {referrer_first}, we sent {client_first} to {onward}.");
        List<FollowUp> created = desk.referrals().close(story.referral().id(),
                new Outcome.NotAFit("Only underfloor heating", null), null, null).followUps();
        Message explanation = templates.compose(one(created, FollowUpKind.EXPLAIN_NOT_A_FIT).id());
        assertEquals("Hi Anna, we sent Ben to.", explanation.body());
        assertEquals(List.of("onward"), explanation.unfilledPlaceholders());
    }

    @Test
    void aHeroCheckInRemembersThePartnersNewestStory() {
        long checkIn = desk.in(tx -> tx.followUps().openOfKind(story.referral().referrerId(),
                FollowUpKind.HERO_CHECK_IN)).get(0).id();
        Message message = templates.compose(checkIn);
        assertEquals("anna@keller.example", message.to());
        assertEquals("Thinking of you, Anna", message.subject());
        assertTrue(message.body().contains("most recently Ben Okafor,"), message.body());
    }

    @Test
    void aMisspeltPlaceholderIsSavedReportedAndSentAsTyped() {
        Template saved = templates.save(TemplateKind.THANK_REFERRER, "  Thanks, {referrer}  ",
                "Dear {refferer}, thank you for {client}. {Client}!");
        assertEquals(List.of("refferer", "Client"), saved.unknownPlaceholders());
        assertEquals("Thanks, {referrer}", saved.subject());
        assertTrue(templates.list().contains(saved));
        Message thanks = templates.compose(one(story.followUps(), FollowUpKind.THANK_REFERRER).id());
        assertEquals("Dear {refferer}, thank you for Ben Okafor. {Client}!", thanks.body());
        assertEquals(List.of("refferer", "Client"), thanks.unknownPlaceholders());
    }

    @Test
    void aBlankMessageIsRefusedAndTheTemplateKept() {
        Template before = templates.list().get(1);
        desk.assertRefused("The message must not be blank.", () -> templates.save(before.kind(), "Hi", "  \n "));
        desk.assertRefused("Choose which message the template is for.", () -> templates.save(null, "Hi", "Hello"));
        desk.assertRefused("The message must be at most 8000 characters.",
                () -> templates.save(before.kind(), "Hi", "x".repeat(8001)));
        desk.assertRefused("The subject must be at most 500 characters.",
                () -> templates.save(before.kind(), "x".repeat(501), "Hello"));
        assertEquals(before, templates.list().get(1));
    }

    @Test
    void theTemplatesAreListedInTheOrderOfTheirKinds() {
        assertEquals(List.of(TemplateKind.values()), templates.list().stream().map(Template::kind).toList());
    }

    @Test
    void aFollowUpThatIsNoMessageHasNoTemplate() {
        long card = one(story.followUps(), FollowUpKind.HANDWRITTEN_CARD).id();
        desk.assertRefused("There is no message to write for this follow-up (handwritten card).",
                () -> templates.compose(card));
        desk.assertRefused(NotFound.class, "No follow-up with id 999.", () -> templates.compose(999));
    }

    @Test
    void everyMessageFollowUpHasItsTemplateAndTheOthersNone() {
        Map<FollowUpKind, TemplateKind> expected = Map.of(
                FollowUpKind.RESPOND_TO_CLIENT, TemplateKind.EMAIL_INTRODUCTION_REPLY,
                FollowUpKind.THANK_REFERRER, TemplateKind.THANK_REFERRER,
                FollowUpKind.UPDATE_REFERRER, TemplateKind.MILESTONE_UPDATE,
                FollowUpKind.EXPLAIN_NOT_A_FIT, TemplateKind.NOT_A_FIT_EXPLANATION,
                FollowUpKind.HERO_CHECK_IN, TemplateKind.HERO_CHECK_IN,
                FollowUpKind.PUBLIC_THANKS, TemplateKind.PUBLIC_THANKS,
                FollowUpKind.ANNUAL_VIP_INVITE, TemplateKind.VIP_INVITE);
        for (FollowUpKind kind : FollowUpKind.values()) {
            assertEquals(java.util.Optional.ofNullable(expected.get(kind)), Templates.templateFor(kind), kind.name());
        }
    }

    @Test
    void aStoryMovedOnIsReportedAtItsStage() {
        List<FollowUp> created = desk.referrals().move(story.referral().id(), Stage.MEETING_BOOKED, null, null)
                .followUps();
        Message update = templates.compose(one(created, FollowUpKind.UPDATE_REFERRER).id());
        assertEquals("News about Ben Okafor", update.subject());
        assertTrue(update.body().contains("Where things stand with Ben Okafor: meeting booked."), update.body());
    }

    @Test
    void aMailtoLinkEncodesSpacesLineBreaksAmpersandsQuestionMarksAndAccents() {
        URI link = Message.mailto("zoe@lefevre.example", "Thanks & more?", "Hi Zoë,\nsee you at 5?\r\nA+B=100%");
        assertEquals("mailto:zoe@lefevre.example?subject=Thanks%20%26%20more%3F"
                + "&body=Hi%20Zo%C3%AB%2C%0D%0Asee%20you%20at%205%3F%0D%0AA%2BB%3D100%25", link.toString());
        assertEquals("zoe@lefevre.example?subject=Thanks & more?&body=Hi Zoë,\r\nsee you at 5?\r\nA+B=100%",
                link.getSchemeSpecificPart(), "decodes back to the text");
        assertFalse(link.toString().contains("+"), "a space is never a plus");
    }

    @Test
    void aMailtoLinkLeavesOutWhatIsEmpty() {
        assertEquals("mailto:anna@keller.example", Message.mailto(" anna@keller.example ", "", null).toString());
        assertEquals("mailto:?body=Hello", new Message(null, null, "Hello", null).mailto().toString());
        assertEquals("mailto:ben%2Bwork@example.com?subject=Hi", Message.mailto("ben+work@example.com", "Hi", "")
                .toString());
    }
}
