package org.referraldesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.referraldesk.testing.IntroEmails;

/** What Ctrl+V takes for an introduction email: the text of a whole email, never ordinary text. */
class DroppedEmailTest {

    @Test
    void theSourceOfAWholeEmailIsAnEmail() throws Exception {
        for (String name : new String[] {"01-webmail-alternative.eml", "08-two-clients-owner-in-cc.eml",
                "12-folded-headers-no-message-id.eml"}) {
            String source = Files.readString(IntroEmails.file(name), StandardCharsets.ISO_8859_1);
            assertTrue(DroppedEmail.isEmailSource(source), name);
            assertTrue(DroppedEmail.isEmailSource("\n" + source.replace("\r\n", "\n")), name + " with Unix line ends");
        }
    }

    @Test
    void ordinaryTextIsNoEmailEvenWhenItStartsWithAHeaderWord() {
        assertFalse(DroppedEmail.isEmailSource("Nightly backups for the office"));
        assertFalse(DroppedEmail.isEmailSource("From: Anna Berg"), "one line, no header block");
        assertFalse(DroppedEmail.isEmailSource("Note: call Ben\nabout the boiler\n"), "no From header");
        assertFalse(DroppedEmail.isEmailSource(""));
        assertFalse(DroppedEmail.isEmailSource(null));
    }
}
