package org.referraldesk.ui.newreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Referral;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.RecordedReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.TypedDates;
import org.referraldesk.ui.common.ViewLoader;

/** The form on a real desk whose clock shows Tuesday 2026-03-10 09:00 in Berlin; work runs inline. */
class NewReferralViewModelTest {
    private static final ResourceBundle TEXT = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(NewReferralController.class);

    @TempDir
    Path dir;
    private TempDesk desk;
    private final List<Throwable> reported = new ArrayList<>();
    private final BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, reported::add);
    private NewReferralViewModel form;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        form = newForm(desk.referrals());
    }

    @AfterEach
    void close() {
        desk.close();
        assertTrue(reported.isEmpty(), reported::toString);
    }

    private NewReferralViewModel newForm(Referrals referrals) {
        return new NewReferralViewModel(referrals, desk.services().introductions(), new ContactDirectory(desk.store()),
                inline, TempDesk.CLOCK, TEXT);
    }

    /** A form the owner filled in completely and correctly. */
    private void fillIn() {
        form.referrerNameProperty().set("Grace Kim");
        form.referrerEmailProperty().set("grace@kimco.example");
        form.clientNameProperty().set("Owen Price");
        form.clientEmailProperty().set("owen@price.example");
        form.clientPhoneProperty().set("+49 30 5550199");
        form.channelProperty().set(Channel.PHONE);
        form.needProperty().set("Nightly backups for the surgery");
        form.receivedOnProperty().set(LocalDate.of(2026, 3, 9));
        form.receivedAtProperty().set("14:30");
        form.estimatedValueProperty().set("1 200.50");
    }

    private int referrals() {
        return desk.count(tx -> tx.referrals().count());
    }

    private int contacts() {
        return desk.count(tx -> tx.contacts().count());
    }

    /** Saves and asserts that the form was refused with {@code message} on {@code field}, storing nothing. */
    private void assertRefusedOn(ReadOnlyStringProperty field, String message) {
        int before = referrals();
        int people = contacts();
        form.save();
        assertEquals(message, field.get());
        assertFalse(form.validProperty().get(), "a refused form cannot be saved as it is");
        assertTrue(form.attemptedProperty().get(), "every field now shows its message");
        assertNull(form.recordedProperty().get());
        assertNull(form.savedTextProperty().get());
        assertFalse(form.busyProperty().get());
        assertEquals(before, referrals(), "no story saved");
        assertEquals(people, contacts(), "no contact saved");
    }

    private List<ReadOnlyStringProperty> errors() {
        return List.of(form.referrerNameErrorProperty(), form.referrerEmailErrorProperty(),
                form.clientNameErrorProperty(), form.clientEmailErrorProperty(), form.channelErrorProperty(),
                form.receivedAtErrorProperty(), form.estimatedValueErrorProperty(), form.formErrorProperty());
    }

    /** Every message but the one on {@code except} is clear. */
    private void assertOnlyErrorOn(ReadOnlyStringProperty except) {
        for (ReadOnlyStringProperty error : errors()) {
            if (error != except) {
                assertNull(error.get(), "no other message");
            }
        }
    }

    @Test
    void aNewFormIsReceivedNowByEmailIntroductionAndWaitsForTheNames() {
        assertEquals(LocalDate.of(2026, 3, 10), form.receivedOnProperty().get(), "today, in the desk's time zone");
        assertEquals("09:00", form.receivedAtProperty().get(), "now, in the desk's time zone");
        assertEquals(Channel.EMAIL_INTRODUCTION, form.channelProperty().get());
        assertEquals("", form.estimatedValueProperty().get());
        assertFalse(form.validProperty().get());
        assertEquals("Type the name of the person who referred the client.", form.referrerNameErrorProperty().get());
        assertEquals("Type the client's name.", form.clientNameErrorProperty().get());
        assertFalse(form.attemptedProperty().get(), "messages wait until the owner has been somewhere");
        fillIn();
        assertTrue(form.validProperty().get());
        errors().forEach(error -> assertNull(error.get()));
    }

    @Test
    void blankNamesAreRefusedOnTheirFieldsAndNothingIsSaved() {
        fillIn();
        form.referrerNameProperty().set("   ");
        assertRefusedOn(form.referrerNameErrorProperty(), "Type the name of the person who referred the client.");
        assertOnlyErrorOn(form.referrerNameErrorProperty());

        form.referrerNameProperty().set("Grace Kim");
        form.clientNameProperty().set("");
        assertRefusedOn(form.clientNameErrorProperty(), "Type the client's name.");
        assertOnlyErrorOn(form.clientNameErrorProperty());
    }

    @Test
    void aBadEmailIsRefusedOnItsFieldUntilItIsChanged() {
        fillIn();
        form.referrerEmailProperty().set("grace-at-kim");
        assertTrue(form.validProperty().get(), "emails are the service's to check");
        assertRefusedOn(form.referrerEmailErrorProperty(),
                "\"grace-at-kim\" is not an email address such as name@example.com.");
        assertOnlyErrorOn(form.referrerEmailErrorProperty());

        form.referrerEmailProperty().set("grace@kimco.example");
        assertNull(form.referrerEmailErrorProperty().get(), "an edit clears the refusal");
        form.clientEmailProperty().set("owen at price");
        assertRefusedOn(form.clientEmailErrorProperty(),
                "\"owen at price\" is not an email address such as name@example.com.");
        assertOnlyErrorOn(form.clientEmailErrorProperty());
    }

    @Test
    void aValueThatIsNotANumberIsRefusedOnItsField() {
        fillIn();
        form.estimatedValueProperty().set("abc");
        assertFalse(form.validProperty().get(), "the form sees it at once");
        assertRefusedOn(form.estimatedValueErrorProperty(), "Write the value as a plain number, e.g. 1200 or 1200.50.");
        assertOnlyErrorOn(form.estimatedValueErrorProperty());

        form.estimatedValueProperty().set("12.345");
        assertRefusedOn(form.estimatedValueErrorProperty(), "Write the value as a plain number, e.g. 1200 or 1200.50.");
        form.estimatedValueProperty().set("-5");
        assertRefusedOn(form.estimatedValueErrorProperty(), "The estimated value cannot be negative.");
    }

    @Test
    void aTimeInTheWrongFormatIsRefusedOnItsFieldWithAnExample() {
        fillIn();
        for (String wrong : List.of("9 o'clock", "25:00", "9:60", "yesterday", "")) {
            form.receivedAtProperty().set(wrong);
            assertRefusedOn(form.receivedAtErrorProperty(),
                    "Write the time of day as hours:minutes, e.g. 09:00.");
            assertOnlyErrorOn(form.receivedAtErrorProperty());
        }
        form.receivedAtProperty().set("9:00");
        assertNull(form.receivedAtErrorProperty().get(), "one digit for the hour will do");
    }

    @Test
    void aDayTheFieldCannotReadOrATimeWithoutADayIsRefusedOnTheTime() {
        fillIn();
        form.receivedOnUnreadableProperty().set(true);
        form.receivedOnProperty().set(null);
        assertRefusedOn(form.receivedAtErrorProperty(), "Type the day like "
                + TypedDates.showDay(LocalDate.of(2026, 11, 23), Locale.getDefault(Locale.Category.FORMAT))
                + ", or pick it from the calendar.");
        form.receivedOnUnreadableProperty().set(false);
        assertRefusedOn(form.receivedAtErrorProperty(),
                "Pick the day the referral arrived, or leave the day and the time empty for now.");
        assertOnlyErrorOn(form.receivedAtErrorProperty());
    }

    @Test
    void aTimeInTheFutureIsRefusedOnItsField() {
        fillIn();
        form.receivedOnProperty().set(LocalDate.of(2026, 3, 10));
        form.receivedAtProperty().set("09:01");
        assertRefusedOn(form.receivedAtErrorProperty(), "The time the referral arrived cannot be in the future.");
        assertOnlyErrorOn(form.receivedAtErrorProperty());
        form.receivedAtProperty().set("09:00");
        assertNull(form.receivedAtErrorProperty().get());
        assertTrue(form.validProperty().get());
    }

    @Test
    void theSamePersonTwiceIsRefusedOnTheClient() {
        fillIn();
        form.clientNameProperty().set("Grace at work");
        form.clientEmailProperty().set("GRACE@kimco.example");
        assertRefusedOn(form.clientNameErrorProperty(), "The referrer and the client must be different people.");
    }

    @Test
    void aValidFormSavesTheStoryAndShowsTheFollowUpsDueADayAfterItArrived() {
        fillIn();
        form.save();

        RecordedReferral recorded = form.recordedProperty().get();
        assertNotNull(recorded);
        assertEquals(1, referrals());
        Referral story = recorded.referral();
        Instant received = Instant.parse("2026-03-09T13:30:00Z");
        assertEquals(received, story.receivedAt(), "14:30 in Berlin");
        assertEquals(Channel.PHONE, story.channel());
        assertEquals("Nightly backups for the surgery", story.need());
        assertEquals(new BigDecimal("1200.50"), story.estimatedValue());
        Map<FollowUpKind, Instant> due = recorded.followUps().stream()
                .collect(Collectors.toMap(FollowUp::kind, FollowUp::dueAt));
        assertEquals(received.plus(Duration.ofHours(24)), due.get(FollowUpKind.RESPOND_TO_CLIENT));
        assertEquals(received.plus(Duration.ofHours(24)), due.get(FollowUpKind.THANK_REFERRER));
        assertEquals(received.plus(Duration.ofDays(3)), due.get(FollowUpKind.HANDWRITTEN_CARD));

        DateTimeFormatter shown = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
                Locale.getDefault(Locale.Category.FORMAT)).withZone(TempDesk.CLOCK.getZone());
        assertEquals("Saved. Follow-ups created:"
                + "\n\u2022 Answer the client by " + shown.format(received.plus(Duration.ofHours(24)))
                + "\n\u2022 Thank the referrer by " + shown.format(received.plus(Duration.ofHours(24)))
                + "\n\u2022 Write the referrer a card by " + shown.format(received.plus(Duration.ofDays(3))),
                form.savedTextProperty().get());
        assertFalse(form.busyProperty().get());

        form.save();
        assertEquals(1, referrals(), "a saved form is not saved twice");
    }

    @Test
    void aBlankTimeMeansNowAndABlankValueMeansNone() {
        fillIn();
        form.receivedOnProperty().set(null);
        form.receivedAtProperty().set("");
        form.estimatedValueProperty().set(" ");
        form.save();
        Referral story = form.recordedProperty().get().referral();
        assertEquals(NOW, story.receivedAt());
        assertNull(story.estimatedValue());
    }

    @Test
    void aKnownContactIsSuggestedAndPickingThemFillsTheirDetailsAndReusesThem() {
        long grace = desk.referrals().record(NewReferral.of("Grace Kim", "Helen Carter", Channel.PHONE, null)
                .withEmails("grace@kimco.example", "helen@carter.example").receivedAt(NOW.minusSeconds(3600)))
                .referral().referrerId();
        desk.referrals().record(NewReferral.of("Margaret Kimball", "Ivan Petrov", Channel.PHONE, null)
                .receivedAt(NOW.minusSeconds(1800)));
        form.loadContacts();

        assertEquals(List.of("Grace Kim"), suggested("gra"));
        assertEquals(List.of("Grace Kim", "Margaret Kimball"), suggested("KIM"));
        assertEquals(List.of("Margaret Kimball", "Grace Kim", "Helen Carter"), suggested("m"),
                "starting with it first, then inside a name or an email (helen@carter.example)");
        assertEquals(List.of(), suggested(" "));
        assertEquals(List.of(), suggested("zz"));

        form.chooseReferrer(only("grace kim"));
        assertEquals("Grace Kim", form.referrerNameProperty().get());
        assertEquals("grace@kimco.example", form.referrerEmailProperty().get());
        form.clientNameProperty().set("Owen Price");
        int people = contacts();
        form.save();

        Referral story = form.recordedProperty().get().referral();
        assertEquals(grace, story.referrerId(), "the known referrer, not a new one");
        assertEquals(people + 1, contacts(), "only the client is new");
    }

    @Test
    void suggestionsMatchAsEverySearchOfTheDeskDoes() {
        desk.referrals().record(NewReferral.of("Zoë Lefèvre", "Jürgen Vogel", Channel.PHONE, null)
                .withEmails("zoe@studio-lefevre.example", null).receivedAt(NOW.minusSeconds(3600)));
        desk.referrals().record(new NewReferral("Anna Keller", null, "Joanna Kelly", null, "+44 20 7946 0111",
                Channel.PHONE, null, NOW.minusSeconds(1800), null));
        form.loadContacts();

        assertEquals(List.of("Zoë Lefèvre"), suggested("zoe"), "accents do not count");
        assertEquals(List.of("Zoë Lefèvre"), suggested("LEFEVRE"));
        assertEquals(List.of("Jürgen Vogel"), suggested("jurgen"));
        assertEquals(List.of("Anna Keller", "Joanna Kelly"), suggested("ann kel"), "word starts first");
        assertEquals(List.of("Zoë Lefèvre"), suggested("studio-lef"), "by email");
        assertEquals(List.of("Joanna Kelly"), suggested("7946"), "by phone digits");
    }

    /** What the suggestions list shows for {@code typed}. */
    private List<String> suggested(String typed) {
        return form.suggestions(typed).stream().map(Suggestion::text).toList();
    }

    /** The one suggestion for {@code typed}. */
    private Suggestion only(String typed) {
        List<Suggestion> found = form.suggestions(typed);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void twoPeopleOfTheSameNameAreBothSuggestedAndThePickedOneIsFilledIn() {
        desk.referrals().record(new NewReferral("Sam Reed", "sam@reedroofing.example", "Helen Carter", null,
                null, Channel.PHONE, null, NOW.minusSeconds(3600), null));
        desk.referrals().record(new NewReferral("Grace Kim", null, "Sam Reed", "sam.reed@mail.example",
                "+44 20 7946 0999", Channel.PHONE, null, NOW.minusSeconds(1800), null));
        form.loadContacts();
        assertEquals(List.of("Sam Reed \u00b7 sam@reedroofing.example", "Sam Reed \u00b7 sam.reed@mail.example"),
                suggested("sam reed"), "both, told apart");

        form.chooseClient(only("7946 0999"));
        assertEquals("Sam Reed", form.clientNameProperty().get());
        assertEquals("sam.reed@mail.example", form.clientEmailProperty().get(), "the one found by phone, not the first Sam Reed");
        assertEquals("+44 20 7946 0999", form.clientPhoneProperty().get());

        form.chooseReferrer(only("reedroofing"));
        assertEquals("sam@reedroofing.example", form.referrerEmailProperty().get());
    }

    @Test
    void pickingAKnownClientFillsTheirPhoneAndRenamingThemDropsWhatCameWithThePick() {
        desk.referrals().record(new NewReferral("Grace Kim", null, "Helen Carter", "helen@carter.example",
                "+49 30 5550100", Channel.PHONE, null, NOW.minusSeconds(3600), null));
        form.loadContacts();

        form.chooseClient(only("Helen Carter"));
        assertEquals("helen@carter.example", form.clientEmailProperty().get());
        assertEquals("+49 30 5550100", form.clientPhoneProperty().get());

        form.clientNameProperty().set("Helen Carter-Smith");
        assertEquals("", form.clientEmailProperty().get(), "a different person, so not Helen's email");
        assertEquals("", form.clientPhoneProperty().get());

        form.chooseClient(new Suggestion(-1, "Nobody we know"));
        assertEquals("Helen Carter-Smith", form.clientNameProperty().get(), "a contact no longer known changes nothing");
    }

    @Test
    void aDeskThatFailsShowsItsMessageOnTheFormAndTheFormCanBeSavedAgain() {
        Store closed = Store.open(dir.resolve("closed"));
        closed.close();
        form = newForm(new Referrals(closed, TempDesk.CLOCK));
        fillIn();
        form.save();
        assertNotNull(form.formErrorProperty().get());
        assertTrue(form.formErrorProperty().get().endsWith("(details are in the log file)"));
        assertNull(form.recordedProperty().get());
        assertFalse(form.busyProperty().get());
        assertTrue(form.validProperty().get(), "the owner may try again");
        form.needProperty().set("Nightly backups");
        assertNull(form.formErrorProperty().get(), "an edit clears it");
    }
}
