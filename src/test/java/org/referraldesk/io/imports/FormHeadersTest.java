package org.referraldesk.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.ImportField;

/** The column titles of common form tools are understood without a mapping. */
class FormHeadersTest {

    private static Map<ImportField, List<String>> mapped(String... headers) {
        Recognised recognised = FormHeaders.recognise(new Table("CSV", List.of(headers), List.of())).orElseThrow();
        return new TreeMap<>(recognised.mapping().columns());
    }

    private static String tool(String... headers) {
        return FormHeaders.recognise(new Table("CSV", List.of(headers), List.of())).orElseThrow().format();
    }

    @Test
    void typeformQuestionTitlesAndItsUtcSubmitDate() {
        String[] headers = {"#", "What's your name?", "What's your email address?", "Who are you referring? (their name)",
                "Their email", "Their phone number", "How can we help them?", "Submit Date (UTC)", "Network ID"};
        assertEquals(Map.of(ImportField.REFERRER_NAME, List.of("What's your name?"),
                ImportField.REFERRER_EMAIL, List.of("What's your email address?"),
                ImportField.CLIENT_NAME, List.of("Who are you referring? (their name)"),
                ImportField.CLIENT_EMAIL, List.of("Their email"),
                ImportField.CLIENT_PHONE, List.of("Their phone number"),
                ImportField.NEED, List.of("How can we help them?"),
                ImportField.RECEIVED_AT, List.of("Submit Date (UTC)")), mapped(headers));
        assertEquals("Typeform export", tool(headers));
    }

    @Test
    void jotformAndWpformsColumns() {
        assertEquals("Jotform export", tool("Submission Date", "Referrer Name", "Referrer Email", "Client Name",
                "Client Phone", "Service Needed"));
        assertEquals(List.of("Service Needed"), mapped("Submission Date", "Referrer Name", "Client Name",
                "Service Needed").get(ImportField.NEED));
        assertEquals("WPForms export", tool("Your Name", "Friend's Name", "Friend's Email", "Message", "Entry Date"));
        assertEquals(List.of("Entry Date"), mapped("Your Name", "Friend's Name", "Entry Date").get(ImportField.RECEIVED_AT));
    }

    @Test
    void aSheetWithoutBothNamesIsNotRecognised() {
        assertTrue(FormHeaders.recognise(new Table("CSV", List.of("Name", "Email", "Phone"), List.of())).isEmpty());
    }
}
