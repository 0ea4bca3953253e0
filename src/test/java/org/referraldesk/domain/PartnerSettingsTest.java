package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referraldesk.testing.PartnerSettingsBuilder;

class PartnerSettingsTest {

    @Test
    void aNewPartnerIsCheckedInTwiceAYearAndMayReceiveGiftsAndPublicThanks() {
        PartnerSettings s = PartnerSettings.defaultsFor(7);
        assertEquals(7, s.contactId());
        assertEquals(182, s.checkInCadenceDays());
        assertTrue(s.giftsAllowed());
        assertTrue(s.publicThanksAllowed());
        assertNull(s.giftNotes());
        assertEquals(new PartnerSettingsBuilder().forPartner(7).build(), s);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3661})
    void aCadenceOutsideOneDayToTenYearsIsRefused(int days) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new PartnerSettingsBuilder().withCadenceDays(days).build());
        assertEquals("The check-in cadence must be between 1 and 3660 days.", e.getMessage());
        assertEquals("checkInCadenceDays", e.field());
    }

    @Test
    void theCadenceBoundsThemselvesAreAllowed() {
        assertDoesNotThrow(() -> new PartnerSettingsBuilder().withCadenceDays(1).build());
        assertDoesNotThrow(() -> new PartnerSettingsBuilder().withCadenceDays(3660).build());
    }

    @Test
    void giftNotesAreTrimmedAndBlankMeansNone() {
        assertEquals("Likes a particular vodka",
                new PartnerSettingsBuilder().withGiftNotes("  Likes a particular vodka ").build().giftNotes());
        assertNull(new PartnerSettingsBuilder().withGiftNotes(" ").build().giftNotes());
    }
}
