package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.TempDesk;

/**
 * Input stays within what the desk stores: lengths in characters as the owner counts them (an emoji
 * is one), times between 1970 and now, amounts within the schema's digits; control and bidi override
 * characters never reach a name. A refusal names the field and the limit, and changes nothing.
 */
class InputBoundsTest {
    private static final String NAME_OF_200 = "A".repeat(199) + "🌻";

    @TempDir
    Path dir;
    private TempDesk desk;
    private Services services;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        services = desk.services();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private NewReferral annaSends(String clientName) {
        return new NewReferral("Anna Keller", null, clientName, null, null, ANNA_SENDS_BEN.channel(), "A new boiler",
                null, null);
    }

    private static NewReferral withNeed(String need) {
        NewReferral r = ANNA_SENDS_BEN;
        return new NewReferral(r.referrerName(), r.referrerEmail(), r.clientName(), r.clientEmail(), r.clientPhone(),
                r.channel(), need, r.receivedAt(), r.estimatedValue());
    }

    @Test
    void aNameOver200CharactersIsRefusedNamingTheFieldAndTheLimit() {
        desk.assertRefused("The client's name must be at most 200 characters.",
                () -> services.referrals().record(annaSends("B".repeat(201))));
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        assertEquals(201, NAME_OF_200.length(), "Java counts the emoji twice");
        long client = services.referrals().record(annaSends(NAME_OF_200)).referral().clientId();
        assertEquals(NAME_OF_200, desk.in(tx -> tx.contacts().find(client)).orElseThrow().name());
    }

    @Test
    void aNeedOver2000CharactersIsRefused() {
        desk.assertRefused("What the client needs must be at most 2000 characters.",
                () -> services.referrals().record(withNeed("n".repeat(2001))));
        services.referrals().record(withNeed("n".repeat(2000)));
    }

    @Test
    void revenueOverTheSchemasTenDigitsIsRefused() {
        long story = services.referrals().record(ANNA_SENDS_BEN).referral().id();
        desk.assertRefused("Revenue is too large: at most 10 digits before the decimal point.",
                () -> services.referrals().close(story, new Outcome.Won(new BigDecimal("12345678901"),
                        BigDecimal.ONE), null, null));
        services.referrals().close(story, new Outcome.Won(new BigDecimal("9999999999.99"), BigDecimal.ONE), null, null);
    }

    @Test
    void anEstimatedValueOrAGiftOverTheSchemasDigitsIsRefused() {
        desk.assertRefused("The estimated value is too large: at most 10 digits before the decimal point.",
                () -> services.referrals().record(ANNA_SENDS_BEN.withEstimatedValue(new BigDecimal("1e10"))));
        long anna = services.referrals().record(ANNA_SENDS_BEN).referral().referrerId();
        desk.assertRefused("The gift's amount is too large: at most 10 digits before the decimal point.",
                () -> services.gifts().log(new GiftEntry(anna, null, null, "Wine", new BigDecimal("99999999999"),
                        null)));
    }

    @Test
    void aTouchAYearAheadIsRefusedAndSoIsOneBefore1970() {
        long anna = services.referrals().record(ANNA_SENDS_BEN).referral().referrerId();
        desk.assertRefused("The time of the touch cannot be in the future.",
                () -> services.partners().logTouch(anna, TouchKind.CALL, NOW.plus(Duration.ofDays(365)), null));
        desk.assertRefused("The time of the touch cannot be before 1 January 1970.",
                () -> services.partners().logTouch(anna, TouchKind.CALL, Instant.parse("1900-01-01T00:00:00Z"), null));
    }

    @Test
    void aReferralReceivedIn1900OrInYear1IsRefused() {
        desk.assertRefused("The time the referral arrived cannot be before 1 January 1970.",
                () -> services.referrals().record(ANNA_SENDS_BEN.receivedAt(Instant.parse("1900-06-01T09:00:00Z"))));
        desk.assertRefused("The time the referral arrived cannot be before 1 January 1970.",
                () -> services.referrals().record(ANNA_SENDS_BEN.receivedAt(Instant.parse("0001-01-01T00:00:00Z"))));
        long story = services.referrals().record(ANNA_SENDS_BEN).referral().id();
        Story before = services.stories().load(story);
        desk.assertRefused("The time the referral arrived cannot be before 1 January 1970.",
                () -> services.corrections().correct(story, StoryCorrection.of(before)
                        .withReceivedAt(Instant.parse("1900-06-01T09:00:00Z"))));
    }

    @Test
    void escapeNewlineAndRightToLeftOverrideAreStrippedFromANameAndTheStoredNameIsClean() {
        long client = services.referrals().record(annaSends("Ben\u001b[2J Oka\nfor\u202Egpj.exe")).referral().clientId();
        assertEquals("Ben[2J Oka forgpj.exe", desk.in(tx -> tx.contacts().find(client)).orElseThrow().name());
    }

    @Test
    void aNeedKeepsItsLinesAndTabsButLosesOtherControls() {
        long story = services.referrals().record(withNeed("Boiler\n\tkitchen\u0007\u2066")).referral().id();
        assertEquals("Boiler\n\tkitchen", services.referrals().find(story).need());
    }

    @Test
    void everyServiceWriteChecksItsLengths() {
        long anna = services.referrals().record(ANNA_SENDS_BEN).referral().referrerId();
        Contact contact = services.partners().profile(anna).contact();
        desk.assertRefused("The phone number must be at most 60 characters.", () -> services.partners()
                .saveContact(new Contact(anna, contact.name(), null, null, "1".repeat(61), null, null)));
        desk.assertRefused("The note must be at most 2000 characters.",
                () -> services.partners().logTouch(anna, TouchKind.CALL, null, "x".repeat(2001)));
        desk.assertRefused("What the gift was must be at most 1000 characters.", () -> services.gifts()
                .log(new GiftEntry(anna, null, null, "w".repeat(1001), BigDecimal.TEN, LocalDate.of(2026, 3, 1))));
        desk.assertRefused("The subject must be at most 500 characters.",
                () -> services.templates().save(TemplateKind.THANK_REFERRER, "s".repeat(501), "Thanks {referrer}"));
        desk.assertRefused("What you do must be at most 1000 characters.",
                () -> services.business().saveWhatWeDo("w".repeat(1001)));
    }

    @Test
    void theOnwardContactOfANotAFitIsAName() {
        long story = services.referrals().record(ANNA_SENDS_BEN).referral().id();
        desk.assertRefused("Who you sent the client on to must be at most 200 characters.",
                () -> services.referrals().close(story, new Outcome.NotAFit("Too far", "O".repeat(201)), null, null));
    }
}
