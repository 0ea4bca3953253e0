package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.service.ReferralsTest.ANNA_SENDS_BEN;
import static org.referraldesk.service.ReferralsTest.RECEIVED;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.domain.StoryField;
import org.referraldesk.service.StoryCorrection.Person;
import org.referraldesk.testing.TempDesk;

/** Anna's referral of Ben came in yesterday at 14:00 (Berlin) and was typed in with mistakes. */
class StoryCorrectionsTest {
    private static final Instant REALLY_RECEIVED = RECEIVED.minus(Duration.ofHours(5));

    @TempDir
    Path dir;
    private TempDesk desk;
    private Services services;
    private StoryCorrections corrections;
    private long id;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        services = desk.services();
        corrections = services.corrections();
        id = services.referrals().record(ANNA_SENDS_BEN).referral().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private StoryCorrection asItStands() {
        return StoryCorrection.of(services.stories().load(id));
    }

    private FollowUp ofKind(Story story, FollowUpKind kind) {
        return story.followUps().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void correctingTheReceivedTimeMovesTheOpenFollowUpsCountedFromItAndNotesItOnTheTimeline() {
        StoryCorrected corrected = corrections.correct(id, asItStands().withReceivedAt(REALLY_RECEIVED)
                .withNeed("A new boiler and a radiator"));

        PlaybookSettings playbook = PlaybookSettings.defaults();
        Story after = corrected.after();
        assertEquals(List.of(StoryField.RECEIVED_AT, StoryField.NEED), corrected.changed());
        assertEquals(REALLY_RECEIVED, after.referral().receivedAt());
        assertEquals(playbook.respondToClient().after(REALLY_RECEIVED, TempDesk.CLOCK.getZone()),
                ofKind(after, FollowUpKind.RESPOND_TO_CLIENT).dueAt());
        assertEquals(playbook.thankReferrer().after(REALLY_RECEIVED, TempDesk.CLOCK.getZone()),
                ofKind(after, FollowUpKind.THANK_REFERRER).dueAt());
        assertEquals(REALLY_RECEIVED, after.timeline().get(0).at(), "the story arrived earlier");
        StoryEvent noted = after.timeline().get(after.timeline().size() - 1);
        assertEquals(NOW, noted.at());
        assertEquals(List.of(StoryField.RECEIVED_AT, StoryField.NEED), noted.correctedFields());
        assertEquals(Stage.RECEIVED, noted.stage());
    }

    @Test
    void aDoneFollowUpStaysAsItWasWhenTheReceivedTimeIsCorrected() {
        FollowUp thanks = ofKind(services.stories().load(id), FollowUpKind.THANK_REFERRER);
        services.followUps().complete(thanks.id(), null);
        FollowUp done = services.followUps().find(thanks.id());

        corrections.correct(id, asItStands().withReceivedAt(REALLY_RECEIVED));

        assertEquals(done, services.followUps().find(thanks.id()));
    }

    @Test
    void aSnoozedFollowUpKeepsTheTimeTheOwnerChose() {
        FollowUp answer = ofKind(services.stories().load(id), FollowUpKind.RESPOND_TO_CLIENT);
        Instant until = NOW.plus(Duration.ofDays(2));
        services.followUps().snooze(answer.id(), until);

        corrections.correct(id, asItStands().withReceivedAt(REALLY_RECEIVED));

        assertEquals(until, services.followUps().find(answer.id()).effectiveDueAt());
    }

    @Test
    void theChannelAndTheEstimatedValueCanBeCorrected() {
        StoryCorrected corrected = corrections.correct(id, asItStands().withChannel(Channel.PHONE)
                .withEstimatedValue(new BigDecimal("5200.00")));

        assertEquals(List.of(StoryField.CHANNEL, StoryField.ESTIMATED_VALUE), corrected.changed());
        assertEquals(Channel.PHONE, corrected.after().referral().channel());
        assertEquals(0, new BigDecimal("5200").compareTo(corrected.after().referral().estimatedValue()));
    }

    @Test
    void aMisspelledReferrerIsCorrectedOnTheirContact() {
        Story before = services.stories().load(id);
        Person anna = Person.of(before.referrer());

        StoryCorrected corrected = corrections.correct(id, asItStands()
                .withReferrer(new Person(anna.contactId(), "Anna Kellner", "anna@kellner.example", null)));

        assertEquals(List.of(StoryField.REFERRER), corrected.changed());
        Contact renamed = corrected.after().referrer();
        assertEquals(before.referrer().id(), renamed.id());
        assertEquals("Anna Kellner", renamed.name());
        assertEquals("anna@kellner.example", renamed.email());
    }

    @Test
    void anotherReferrerTakesOverTheStorysOpenFollowUpsWhileDoneOnesStayWithTheOldOne() {
        long carla = services.referrals().record(NewReferral.of("Carla Diaz", "Emma Stone", Channel.PHONE, null))
                .referral().referrerId();
        Story before = services.stories().load(id);
        FollowUp thanks = ofKind(before, FollowUpKind.THANK_REFERRER);
        services.followUps().complete(ofKind(before, FollowUpKind.HANDWRITTEN_CARD).id(), null);

        StoryCorrected corrected = corrections.correct(id, asItStands()
                .withReferrer(Person.of(services.partners().profile(carla).contact())));

        Story after = corrected.after();
        assertEquals(carla, after.referral().referrerId());
        assertEquals("Carla Diaz", after.referrer().name());
        assertEquals(carla, services.followUps().find(thanks.id()).partnerId());
        assertEquals(before.referrer().id(), ofKind(after, FollowUpKind.HANDWRITTEN_CARD).partnerId());
    }

    @Test
    void theClientCanBeSwappedForAnotherContactWithCorrectedDetails() {
        long emma = services.referrals().record(NewReferral.of("Carla Diaz", "Emma Stone", Channel.PHONE, null))
                .referral().clientId();

        StoryCorrected corrected = corrections.correct(id, asItStands()
                .withClient(new Person(emma, "Emma Stone", "emma@stone.example", "+49 30 1234")));

        assertEquals(emma, corrected.after().referral().clientId());
        assertEquals("emma@stone.example", corrected.after().client().email());
        assertEquals("+49 30 1234", corrected.after().client().phone());
    }

    @Test
    void nothingChangedStoresNothing() {
        TempDesk.Snapshot before = desk.snapshot();

        StoryCorrected corrected = corrections.correct(id, asItStands());

        assertTrue(corrected.changed().isEmpty());
        assertEquals(before, desk.snapshot());
    }

    @Test
    void aReceivedTimeInTheFutureIsRefusedAndChangesNothing() {
        desk.assertRefused("The time the referral arrived cannot be in the future.",
                () -> corrections.correct(id, asItStands().withReceivedAt(NOW.plusSeconds(60)).withNeed("Other")));
    }

    @Test
    void aReceivedTimeAfterTheStorysNextStepIsRefused() {
        services.referrals().move(id, Stage.CONTACTED, RECEIVED.plus(Duration.ofHours(1)), null);
        desk.assertRefused("The time the referral arrived cannot be after the story's next step on its timeline.",
                () -> corrections.correct(id, asItStands().withReceivedAt(RECEIVED.plus(Duration.ofHours(2)))));
    }

    @Test
    void theClientCannotBecomeTheReferrer() {
        Person anna = Person.of(services.stories().load(id).referrer());
        desk.assertRefused("The referrer and the client must be different people.",
                () -> corrections.correct(id, asItStands().withClient(anna)));
    }

    @Test
    void aBlankNameABadEmailAndAnEmailOfAnotherContactAreRefused() {
        Story story = services.stories().load(id);
        Person ben = Person.of(story.client());
        desk.assertRefused("The client's name must not be blank.", () -> corrections.correct(id,
                asItStands().withClient(new Person(ben.contactId(), " ", ben.email(), ben.phone()))));
        desk.assertRefused("\"ben(at)okafor\" is not an email address such as name@example.com.",
                () -> corrections.correct(id, asItStands()
                        .withClient(new Person(ben.contactId(), ben.name(), "ben(at)okafor", ben.phone()))));
        desk.assertRefused("Anna Keller already has the email address anna@keller.example.",
                () -> corrections.correct(id, asItStands()
                        .withClient(new Person(ben.contactId(), ben.name(), "anna@keller.example", null))));
    }

    @Test
    void aNegativeEstimatedValueAndAMissingChannelAreRefused() {
        desk.assertRefused("The estimated value cannot be negative.",
                () -> corrections.correct(id, asItStands().withEstimatedValue(new BigDecimal("-1"))));
        desk.assertRefused("Choose how the referral reached you.",
                () -> corrections.correct(id, asItStands().withChannel(null)));
    }

    @Test
    void aLaterStepMayStillBeDatedBeforeACorrection() {
        corrections.correct(id, asItStands().withNeed("A heat pump"));

        services.referrals().move(id, Stage.CONTACTED, RECEIVED.plus(Duration.ofHours(1)), null);

        assertEquals(Stage.CONTACTED, services.referrals().find(id).stage());
    }

    @Test
    void theCommandLineFindsAnotherContactByNameOrCorrectsTheSpelling() {
        long carla = services.referrals().record(NewReferral.of("Carla Diaz", "Emma Stone", Channel.PHONE, null))
                .referral().referrerId();
        Contact anna = services.stories().load(id).referrer();

        assertEquals(carla, corrections.personNamed(anna, "carla diaz", null, null).contactId());
        Person respelled = corrections.personNamed(anna, "Anna Kellner", null, null);
        assertEquals(new Person(anna.id(), "Anna Kellner", anna.email(), anna.phone()), respelled);
    }
}
