package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Month;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referraldesk.testing.PlaybookSettingsBuilder;

class PlaybookSettingsTest {

    private final PlaybookSettings defaults = PlaybookSettings.defaults();

    @Test
    void theDefaultsAreTheTableInTheDesign() {
        assertEquals(DueOffset.hours(24), defaults.respondToClient());
        assertEquals(DueOffset.hours(24), defaults.thankReferrer());
        assertEquals(DueOffset.days(3), defaults.handwrittenCard());
        assertEquals(DueOffset.days(2), defaults.middleActUpdate());
        assertEquals(DueOffset.days(2), defaults.endUpdate());
        assertEquals(DueOffset.days(7), defaults.publicThanksAfter());
        assertEquals(DueOffset.days(14), defaults.giftAfter());
        assertEquals(0, new BigDecimal("10").compareTo(defaults.giftPercent()));
        assertEquals(DueOffset.days(2), defaults.explainNotAFit());
        assertEquals(DueOffset.months(6), defaults.clientCallback());
        assertEquals(PartnerSettings.DEFAULT_CADENCE_DAYS, defaults.defaultCheckInCadenceDays());
        assertEquals(182, defaults.defaultCheckInCadenceDays());
    }

    @Test
    void everySwitchIsOnByDefault() {
        assertTrue(defaults.handwrittenCards());
        assertTrue(defaults.publicThanks());
        assertTrue(defaults.gifts());
        assertTrue(defaults.clientCallbacks());
        assertTrue(defaults.annualVipInvites());
        assertEquals(Month.DECEMBER, defaults.vipMonth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.0", "7.5", "15", "15.00"})
    void theGiftPercentageMayBeFromFiveToFifteen(String percent) {
        assertEquals(0, new BigDecimal(percent).compareTo(defaults.withGiftPercent(new BigDecimal(percent)).giftPercent()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.99", "0", "-10", "15.01", "100"})
    void aGiftPercentageOutsideFiveToFifteenIsRefused(String percent) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> defaults.withGiftPercent(new BigDecimal(percent)));
        assertEquals("The gift percentage must be between 5 and 15 %.", e.getMessage());
        assertEquals("giftPercent", e.field());
    }

    @Test
    void aGiftPercentageIsRequired() {
        assertThrows(InvalidInput.class, () -> defaults.withGiftPercent(null));
    }

    @Test
    void changingTheGiftPercentageKeepsEverythingElse() {
        PlaybookSettings twelve = defaults.withGiftPercent(new BigDecimal("12"));
        assertEquals(new PlaybookSettingsBuilder().withGiftPercent("12").build(), twelve);
    }

    @Test
    void theDefaultCadenceIsBetweenOneDayAndTenYears() {
        assertDoesNotThrow(() -> new PlaybookSettingsBuilder().withDefaultCheckInCadenceDays(1).build());
        assertDoesNotThrow(() -> new PlaybookSettingsBuilder().withDefaultCheckInCadenceDays(3660).build());
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> new PlaybookSettingsBuilder().withDefaultCheckInCadenceDays(0).build());
        assertEquals("The check-in cadence must be between 1 and 3660 days.", e.getMessage());
        assertThrows(InvalidInput.class, () -> new PlaybookSettingsBuilder().withDefaultCheckInCadenceDays(3661).build());
    }

    @Test
    void everyOffsetIsRequired() {
        assertThrows(NullPointerException.class, () -> new PlaybookSettingsBuilder().withRespondToClient(null).build());
        assertThrows(NullPointerException.class, () -> new PlaybookSettingsBuilder().withVipMonth(null).build());
    }
}
