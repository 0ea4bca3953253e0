package org.referraldesk.service;

import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.RECEIVED;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Stage;
import org.referraldesk.testing.TempDesk;

/** Every refusal says what to fix, and leaves the desk exactly as it was. */
class ReferralsInvalidInputTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Referrals referrals;
    private long story;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        referrals = desk.referrals();
        story = referrals.record(ANNA_SENDS_BEN).referral().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aReferralNeedsTheReferrersName() {
        desk.assertRefused("The referrer's name must not be blank.", () -> referrals.record(
                NewReferral.of("  ", "Grace Kim", Channel.PHONE, null)));
    }

    @Test
    void aReferralNeedsTheClientsName() {
        desk.assertRefused("The client's name must not be blank.", () -> referrals.record(
                NewReferral.of("Grace Kim", "", Channel.PHONE, null)));
    }

    @Test
    void anEmailMustLookLikeOne() {
        desk.assertRefused("\"grace-at-kim\" is not an email address such as name@example.com.", () -> referrals.record(
                NewReferral.of("Grace Kim", "Owen Price", Channel.PHONE, null).withEmails("grace-at-kim", null)));
    }

    @Test
    void aReferralCannotArriveInTheFuture() {
        desk.assertRefused("The time the referral arrived cannot be in the future.", () -> referrals.record(
                NewReferral.of("Grace Kim", "Owen Price", Channel.PHONE, null).receivedAt(NOW.plusSeconds(60))));
    }

    @Test
    void aReferralSaysHowItReachedUs() {
        desk.assertRefused("Choose how the referral reached you.", () -> referrals.record(
                NewReferral.of("Grace Kim", "Owen Price", null, null)));
    }

    @Test
    void anEstimatedValueCannotBeNegativeAndTheNewPeopleAreNotKept() {
        desk.assertRefused("The estimated value cannot be negative.", () -> referrals.record(
                NewReferral.of("Grace Kim", "Owen Price", Channel.PHONE, null).withEstimatedValue(new BigDecimal("-1"))));
    }

    @Test
    void theReferrerAndTheClientMustBeDifferentPeople() {
        desk.assertRefused("The referrer and the client must be different people.", () -> referrals.record(
                NewReferral.of("Grace Kim", "Grace at work", Channel.PHONE, null)
                        .withEmails("grace@kim.example", "GRACE@kim.example")));
    }

    @Test
    void aKnownReferrerCannotBeTheirOwnClient() {
        desk.assertRefused("The referrer and the client must be different people.", () -> referrals.record(
                NewReferral.of("Anna Keller", "Anna", Channel.PHONE, null)
                        .withEmails("anna@keller.example", "anna@keller.example")));
    }

    @Test
    void aStoryOnlyMovesForward() {
        referrals.move(story, Stage.PROPOSAL_SENT, null, null);
        desk.assertRefused("A story moves forward only: proposal sent cannot go back to contacted.",
                () -> referrals.move(story, Stage.CONTACTED, null, null));
    }

    @Test
    void anEndedStoryDoesNotMoveAgain() {
        referrals.close(story, won("5000", "2000"), null, null);
        desk.assertRefused("This story has ended (won); it cannot move to met.", () -> referrals.move(story, Stage.MET, null, null));
    }

    @Test
    void aStoryIsClosedOnlyOnce() {
        referrals.close(story, won("5000", "2000"), null, null);
        desk.assertRefused("This story has ended (won); it cannot move to lost.",
                () -> referrals.close(story, new Outcome.Lost("Changed their mind"), null, null));
    }

    @Test
    void profitCannotBeNegative() {
        desk.assertRefused("Profit cannot be negative.", () -> referrals.close(story, won("5000", "-1"), null, null));
    }

    @Test
    void profitCannotBeMoreThanTheRevenue() {
        desk.assertRefused("Profit cannot be more than the revenue.", () -> referrals.close(story, won("5000", "5000.01"), null,
                null));
    }

    @Test
    void anUnknownStoryIsNotFound() {
        desk.assertRefused(NotFound.class, "No referral with id 999.", () -> referrals.move(999, Stage.CONTACTED, null, null));
        desk.assertRefused(NotFound.class, "No referral with id 999.", () -> referrals.close(999, won("10", "5"), null, null));
        desk.assertRefused(NotFound.class, "No referral with id 999.", () -> referrals.find(999));
        desk.assertRefused(NotFound.class, "No referral with id 999.", () -> referrals.timeline(999));
    }

    @Test
    void aStepCannotBeDatedBeforeTheReferralArrived() {
        desk.assertRefused("The time of this step cannot be before the referral arrived.",
                () -> referrals.move(story, Stage.CONTACTED, RECEIVED.minus(Duration.ofMinutes(1)), null));
        desk.assertRefused("The time of this step cannot be before the referral arrived.",
                () -> referrals.close(story, won("10", "5"), RECEIVED.minus(Duration.ofDays(1)), null));
    }

    @Test
    void aStepCannotBeDatedInTheFuture() {
        desk.assertRefused("The time of this step cannot be in the future.",
                () -> referrals.move(story, Stage.CONTACTED, NOW.plus(Duration.ofHours(1)), null));
    }

    private static Outcome.Won won(String revenue, String profit) {
        return new Outcome.Won(new BigDecimal(revenue), new BigDecimal(profit));
    }
}
