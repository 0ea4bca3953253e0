package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.testing.TempDesk;

/** The not-a-fit message says why, who we sent the client to, and what the business does do. */
class NotAFitMessageTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private BusinessSettings business;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        business = new BusinessSettings(desk.store());
        desk.settings().saveNames(new OwnerNames("Keller Plumbing", "Jo Keller"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theMessageExplainsTheReasonTheOnwardContactAndWhatWeDo() {
        business.saveWhatWeDo("bathrooms and heating repairs in Hamburg");
        Message message = explanation();
        assertTrue(message.body().contains("Why not: Gas work needs a certified fitter"), message.body());
        assertTrue(message.body().contains("in touch with Carla Gas"), message.body());
        assertTrue(message.body().contains("what we do best is bathrooms and heating repairs in Hamburg"), message.body());
        assertEquals(List.of(), message.unfilledPlaceholders());
        assertEquals(List.of(), message.unknownPlaceholders());
    }

    @Test
    void withoutAWhatWeDoLineTheMessageStillReadsWell() {
        Message message = explanation();
        assertTrue(message.body().contains("this kind of job.\n\nAnyone you know who needs us"), message.body());
        assertTrue(message.body().endsWith("With thanks,\nJo Keller\nKeller Plumbing"), message.body());
    }

    @Test
    void theCurrencyComesFromTheSettingsAndAnUnknownCodeIsRefused() {
        assertEquals("GBP", business.saveCurrency(" gbp ").getCurrencyCode());
        InvalidInput refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> business.saveCurrency("ABC"));
        assertEquals("currency", refused.field());
        assertThrows("KWD", "KWD has 3 decimal places in its minor unit; Referral Desk keeps amounts with at most two decimal places.");
        assertEquals("GBP", business.currency().getCurrencyCode());
    }

    private void assertThrows(String code, String message) {
        assertEquals(message, org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> business.saveCurrency(code)).getMessage());
    }

    private Message explanation() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.NotAFit("Gas work needs a certified fitter", "Carla Gas"),
                null, null);
        long followUp = desk.referrals().followUps(story.id()).stream()
                .filter(f -> f.kind() == FollowUpKind.EXPLAIN_NOT_A_FIT).findFirst().orElseThrow().id();
        return new Templates(desk.store()).compose(followUp);
    }
}
