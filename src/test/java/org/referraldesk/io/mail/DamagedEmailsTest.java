package org.referraldesk.io.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.IntroEmails.file;
import static org.referraldesk.testing.IntroEmails.mayasReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;

/**
 * An email damaged on the way (cut short, bytes changed) is read as well as it can be or refused
 * in the owner's words: mime4j's own exceptions never reach the owner.
 */
class DamagedEmailsTest {
    private static final String DAMAGE = "=?<>\"\r\n:;,@\\-B Q";
    private final IntroductionEmail reader = mayasReader();

    @Test
    void aBoundaryCutInTwoIsReadFromTheHeadersWithTheSubjectAsTheNeed() {
        assertEquals(new Introduction(new Person("Anna Berg", "anna.berg@gmail.example"),
                List.of(new Person("Ben Okafor", "ben.okafor@outlook.example")), Instant.parse("2026-11-16T08:14:27Z"),
                "Intro: Maya -> Ben (boiler replacement)", "Intro: Maya -> Ben (boiler replacement)",
                "CAH7x9qPz1kLmN0damaged@mail.gmail.example"), reader.read(file("bad-damaged-in-transit.eml")));
    }

    @Test
    void noCutOrDamagedCorpusEmailEndsInAnythingButAReadingOrARefusal() throws IOException {
        Random random = new Random(17);
        List<String> crashes = new ArrayList<>();
        try (Stream<Path> emails = Files.list(file("01-webmail-alternative.eml").getParent()).sorted()) {
            for (Path email : emails.toList()) {
                byte[] bytes = Files.readAllBytes(email);
                for (int cut = 0; cut < bytes.length; cut += 29) {
                    readOrRefuse(Arrays.copyOf(bytes, cut), email + " cut at " + cut, crashes);
                }
                for (int round = 0; round < 120; round++) {
                    byte[] damaged = bytes.clone();
                    for (int k = 0; k < 5; k++) {
                        damaged[random.nextInt(damaged.length)] = (byte) DAMAGE.charAt(random.nextInt(DAMAGE.length()));
                    }
                    readOrRefuse(damaged, email + " damaged in round " + round, crashes);
                }
            }
        }
        assertTrue(crashes.isEmpty(), () -> String.join("\n", crashes));
    }

    private void readOrRefuse(byte[] email, String what, List<String> crashes) {
        try {
            Introduction read = reader.read(email, "damaged.eml");
            if (read.sender() == null || read.others().isEmpty() || read.need() == null) {
                crashes.add(what + ": a reading without sender, client or need");
            }
        } catch (InvalidInput refused) {
            if (refused.message(java.util.Locale.ENGLISH).equals(refused.key())) {
                crashes.add(what + ": a refusal without words, " + refused.key());
            }
        } catch (RuntimeException crash) {
            crashes.add(what + ": " + crash);
        }
    }
}
