package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final Map<String, String> VALUES = Map.of(
            "referrer", "Anna", "client", "Ben", "need", "a new boiler", "onward", "Dach & Co",
            "business", "Heizung Müller", "stage", "meeting booked", "owner", "Max");

    private static Template thanks(String subject, String body) {
        return new Template(TemplateKind.THANK_REFERRER, subject, body);
    }

    @Test
    void everyKnownPlaceholderIsFilledFromTheStory() {
        Template t = thanks("Thank you, {referrer}!", "Dear {referrer},\nthank you for sending {client} our way "
                + "for {need}. We are at {stage}; if not us, {onward}.\n{owner}, {business}");
        assertEquals("Thank you, Anna!", t.fillSubject(VALUES));
        assertEquals("Dear Anna,\nthank you for sending Ben our way for a new boiler. We are at meeting booked; "
                + "if not us, Dach & Co.\nMax, Heizung Müller", t.fillBody(VALUES));
    }

    @Test
    void theDesignsPlaceholdersAreAllKnown() {
        assertTrue(Template.PLACEHOLDERS.containsAll(List.of("referrer", "client", "need", "onward", "business")));
    }

    @Test
    void aMisspeltPlaceholderIsFlagged() {
        assertEquals(List.of("refferer"), thanks("Thanks", "Dear {refferer}, thank you for {client}.").unknownPlaceholders());
    }

    @Test
    void unknownPlaceholdersAreFlaggedOnceEachInOrderFromSubjectAndBody() {
        Template t = thanks("Hello {firstName}", "{Referrer} sent {client}; {firstName} and {cleint} again {Referrer}");
        assertEquals(List.of("firstName", "Referrer", "cleint"), t.unknownPlaceholders());
    }

    @Test
    void aTemplateUsingOnlyKnownPlaceholdersHasNothingFlagged() {
        assertTrue(thanks("{referrer}", "{client} {need} {onward} {business} {stage} {owner}").unknownPlaceholders().isEmpty());
    }

    @Test
    void aValueWithDollarSignsOrBackslashesIsFilledLiterally() {
        Template t = thanks("", "Budget for {client}: {need}");
        Map<String, String> values = Map.of("client", "C:\\Users\\ben $1", "need", "$100 \\ $2.50 ${x} \\1");
        assertEquals("Budget for C:\\Users\\ben $1: $100 \\ $2.50 ${x} \\1", t.fillBody(values));
    }

    @Test
    void aKnownPlaceholderWithoutAValueIsLeftOutAndReported() {
        Template t = thanks("", "Hi {referrer}, we sent {client} on to {onward}.");
        Map<String, String> values = Map.of("referrer", "Anna", "client", "Ben");
        assertEquals("Hi Anna, we sent Ben on to.", t.fillBody(values));
        assertEquals(List.of("onward"), t.leftOut(values));
    }

    @Test
    void anOptionalPhraseShowsOnlyWhenEveryPlaceholderInItHasAValue() {
        Template t = thanks("Thanks[[, {referrer}]]", "Thank you for {client}[[ and the note about {need}]].");
        assertEquals("Thanks, Anna", t.fillSubject(VALUES));
        assertEquals("Thank you for Ben and the note about a new boiler.", t.fillBody(VALUES));
        Map<String, String> noNeed = Map.of("referrer", "", "client", "Ben", "need", "  ");
        assertEquals("Thanks", t.fillSubject(noNeed));
        assertEquals("Thank you for Ben.", t.fillBody(noNeed));
        assertEquals(List.of(), t.leftOut(noNeed), "optional phrases are meant to vanish");
    }

    @Test
    void aSignatureLineWithoutANameGoesWithItsLineBreak() {
        Template t = thanks("", "Hi {referrer},\n\nThanks.\n\nBest wishes,[[\n{owner}]][[\n{business}]]");
        assertEquals("Hi Anna,\n\nThanks.\n\nBest wishes,\nMax\nHeizung Müller", t.fillBody(VALUES));
        assertEquals("Hi Anna,\n\nThanks.\n\nBest wishes,", t.fillBody(Map.of("referrer", "Anna")));
        Template plain = thanks("", "Hi {referrer},\n\n{need}\n\nBest wishes,\n{owner}\n{business}");
        assertEquals("Hi,\n\nBest wishes,", plain.fillBody(Map.of()));
    }

    @Test
    void aValueEndingInAFullStopBeforeTheTemplatesFullStopGivesOne() {
        assertEquals("We do kitchens.", thanks("", "We do {need}.").fillBody(Map.of("need", "kitchens.")));
    }

    @Test
    void firstNamePlaceholdersAreKnown() {
        assertTrue(thanks("Hi {referrer_first}", "and {client_first}").unknownPlaceholders().isEmpty());
    }

    @Test
    void aBracketLeftOpenIsFlagged() {
        assertTrue(thanks("", "Hi [[ {referrer}").hasUnclosedPhrase());
        assertTrue(thanks("", "Hi {referrer}]]").hasUnclosedPhrase());
        assertFalse(thanks("Hi[[ {referrer}]]", "[[{need}]] ok").hasUnclosedPhrase());
    }

    @Test
    void aFilledValueIsNeverFilledAgain() {
        Template t = thanks("", "{client} says hello to {referrer}");
        assertEquals("Eve {referrer} says hello to Anna", t.fillBody(Map.of("client", "Eve {referrer}", "referrer", "Anna")));
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsTheyAre() {
        Template t = thanks("{}", "Price: { 100 } {referrer");
        assertEquals("{}", t.fillSubject(VALUES));
        assertEquals("Price: { 100 } {referrer", t.fillBody(VALUES));
        assertTrue(t.unknownPlaceholders().isEmpty());
    }

    @Test
    void aTemplateNeedsAMessageButNotASubject() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> thanks("Subject", "  "));
        assertEquals("The message must not be blank.", e.getMessage());
        assertEquals("body", e.field());
        assertEquals("", thanks(null, "Hi {referrer}").fillSubject(VALUES));
    }
}
