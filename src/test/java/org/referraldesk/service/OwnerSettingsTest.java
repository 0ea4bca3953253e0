package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.GIFT;
import static org.referraldesk.domain.FollowUpKind.HERO_CHECK_IN;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.RECEIVED;
import static org.referraldesk.service.ReferralsTest.kinds;
import static org.referraldesk.service.ReferralsTest.one;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.testing.PlaybookSettingsBuilder;
import org.referraldesk.testing.TempDesk;

class OwnerSettingsTest {
    @TempDir
    Path dir;
    private TempDesk desk;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theThemeIsLightUntilTheOwnerChoosesAnother() {
        assertEquals(OwnerSettings.LIGHT, desk.settings().theme());
    }

    @Test
    void theChosenThemeIsRememberedAfterClosingAndReopening() {
        desk.settings().saveTheme("dark");
        desk.reopen();
        assertEquals("dark", desk.settings().theme());
        desk.settings().saveTheme("light");
        assertEquals("light", desk.settings().theme());
    }

    @Test
    void anUnknownThemeIsRefusedAndTheChosenOneKept() {
        desk.settings().saveTheme("dark");
        assertThrows(IllegalArgumentException.class, () -> desk.settings().saveTheme("purple"));
        assertEquals("dark", desk.settings().theme());
    }

    @Test
    void withNothingSavedThePlaybookIsTheDefaultTable() {
        assertEquals(PlaybookSettings.defaults(), desk.settings().playbook());
    }

    @Test
    void aSavedPlaybookIsReadBackWholeAfterReopening() {
        PlaybookSettings mine = new PlaybookSettingsBuilder().withGiftPercent("12").withoutHandwrittenCards()
                .withRespondToClient(DueOffset.hours(4)).withMiddleActUpdate(DueOffset.days(1))
                .withVipMonth(Month.JUNE).withDefaultCheckInCadenceDays(90).build();
        desk.settings().savePlaybook(mine);
        assertEquals(new BigDecimal("12"), desk.settings().playbook().giftPercent());
        desk.reopen();
        assertEquals(mine, desk.settings().playbook());
    }

    @Test
    void theGiftSuggestionFollowsTheSavedGiftPercent() {
        desk.settings().savePlaybook(new PlaybookSettingsBuilder().withGiftPercent("12").build());
        long id = desk.referrals().record(ANNA_SENDS_BEN).referral().id();
        List<FollowUp> created = desk.referrals().close(id, new Outcome.Won(new BigDecimal("3000"),
                new BigDecimal("1000")), null, null).followUps();
        assertEquals(new BigDecimal("120.00"), one(created, GIFT).amount());
    }

    @Test
    void recordingFollowsTheSavedOffsetsAndSwitches() {
        desk.settings().savePlaybook(new PlaybookSettingsBuilder().withoutHandwrittenCards()
                .withRespondToClient(DueOffset.hours(4)).build());
        List<FollowUp> created = desk.referrals().record(ANNA_SENDS_BEN).followUps();
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER), kinds(created));
        assertEquals(instantAt("2026-03-09T18:00", BERLIN_ZONE), one(created, RESPOND_TO_CLIENT).dueAt());
    }

    @Test
    void aNewPartnerGetsTheSavedDefaultCadence() {
        desk.settings().savePlaybook(new PlaybookSettingsBuilder().withDefaultCheckInCadenceDays(90).build());
        Referral story = desk.referrals().record(ANNA_SENDS_BEN).referral();
        assertEquals(90, desk.partners().settings(story.referrerId()).checkInCadenceDays());
        FollowUp checkIn = desk.in(tx -> tx.followUps().openOfKind(story.referrerId(), HERO_CHECK_IN)).get(0);
        assertEquals(RECEIVED.atZone(BERLIN_ZONE).plusDays(90).toInstant(), checkIn.dueAt());
        assertEquals(instantAt("2026-06-07T14:00", BERLIN_ZONE), checkIn.dueAt());
    }

    @Test
    void theNamesAreUnsetUntilTheOwnerGivesThem() {
        assertEquals(new OwnerNames("", ""), desk.settings().names());
        assertTrue(desk.settings().names().unset());
        desk.settings().saveNames(new OwnerNames("  Bristol IT Care ", "Sam Cole"));
        desk.reopen();
        assertEquals(new OwnerNames("Bristol IT Care", "Sam Cole"), desk.settings().names());
    }

    @Test
    void aBlankNameIsUnsetAndAnOverlongOneIsRefusedOnItsField() {
        assertEquals(new OwnerNames("", "Sam"), new OwnerNames(" ", " Sam "));
        InvalidInput long_ = assertThrows(InvalidInput.class, () -> new OwnerNames("Bristol IT Care", "S".repeat(201)));
        assertEquals(List.of("owner", "Your name must be at most 200 characters."), List.of(long_.field(), long_.getMessage()));
    }
}
