package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A refusal carries a key and arguments; its words live in refusals.properties, in the owner's locale. */
class RefusalsTest {
    private static final ResourceBundle REFUSALS = ResourceBundle.getBundle(InvalidInput.REFUSALS, Locale.ROOT);
    /** A key written where a refusal is built: new InvalidInput(field, "key", ...), ofRequest("key"), label("key"). */
    private static final Pattern KEY_AT_SITE = Pattern.compile(
            "(?:new InvalidInput\\([^,()]+, |ofRequest\\(|label\\(|requireText\\([^,]+, [^,]+, |"
                    + "NonNegative\\([^,]+, [^,]+, |notInFuture\\([^,]+, [^,]+, [^,]+, |notBefore\\([^,]+, [^,]+, [^,]+, )"
                    + "\\s*\"([^\"]+)\"");

    @Test
    void aBlankTextIsRefusedWithItsLabelInTheOwnersWords() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> InvalidInput.requireText("referrerName", "  ", "label.referrerName"));
        assertEquals("referrerName", refused.field());
        assertEquals("text.blank", refused.key());
        assertEquals("The referrer's name must not be blank.", refused.getMessage());
        assertEquals("The referrer's name must not be blank.", refused.message(Locale.UK));
    }

    @Test
    void aCountInARefusalReadsRightForOneAndForMany() {
        assertEquals("This contact is in 1 story; delete those first.",
                InvalidInput.ofRequest("trash.contactInStories", 1).getMessage());
        assertEquals("This contact is in 2 stories; delete those first.",
                InvalidInput.ofRequest("trash.contactInStories", 2).getMessage());
    }

    @Test
    void aStageInARefusalIsWrittenAsItsLabel() {
        assertEquals("The story is already at meeting booked.",
                new InvalidInput("stage", "stage.already", Stage.MEETING_BOOKED).getMessage());
    }

    @Test
    void aTextAlreadyInTheOwnersWordsIsShownAsItIs() {
        assertEquals("Pick a day, such as 2026-11-30.", new InvalidInput("until", "Pick a day, such as 2026-11-30.")
                .ownersMessage());
    }

    @Test
    void everyKeyTheCodeRefusesWithIsInTheRefusalsBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/referraldesk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_AT_SITE.matcher(Files.readString(file));
                while (key.find()) {
                    keys++;
                    if (!REFUSALS.containsKey(key.group(1))) {
                        missing.add(file.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertTrue(keys > 90, "found only " + keys + " refusal keys; has the way refusals are built changed?");
        assertEquals(List.of(), missing);
    }
}
