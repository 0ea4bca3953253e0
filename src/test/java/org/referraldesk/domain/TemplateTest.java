package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aPlaceholderWithoutAValueStaysVisibleSoTheOwnerNotices() {
        assertEquals("Hi Anna, we sent Ben on to {onward}.",
                thanks("", "Hi {referrer}, we sent {client} on to {onward}.").fillBody(Map.of("referrer", "Anna",
                        "client", "Ben")));
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
