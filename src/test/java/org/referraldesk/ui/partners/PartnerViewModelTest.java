package org.referraldesk.ui.partners;

import org.referraldesk.service.Services;
import org.referraldesk.testing.TempDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.PartnerProfile;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Partners;
import org.referraldesk.service.Referrals;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/**
 * Anna Keller sent us Ben last May; her half-yearly check-in fell due in November and is overdue
 * now (Monday 23 November 2026, 09:00 in London).
 */
class PartnerViewModelTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant LAST_MAY = ZonedDateTime.of(2026, 5, 4, 10, 0, 0, 0, LONDON).toInstant();
    private final Clock clock = Clock.fixed(NOW, LONDON);
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(PartnerController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private Partners partners;
    private PartnerViewModel model;
    private PartnerFormats formats;
    private long anna;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        partners = new Partners(store, clock);
        anna = new Referrals(store, clock).record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE,
                "New laptops").withEmails("anna@keller.example", null).receivedAt(LAST_MAY)).referral().referrerId();
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        Services services = TempDesk.services(store, clock);
        model = new PartnerViewModel(partners, services.gifts(), services.referralsGiven(), services.business(), inline,
                clock, text);
        formats = new PartnerFormats(text, clock);
        model.show(anna);
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void showingAPartnerFillsTheNumbersTheFormAndTheLists() {
        assertTrue(model.loadedProperty().get());
        assertEquals("Anna Keller", model.titleProperty().get());
        assertFalse(model.heroProperty().get(), "one referral, nothing won yet: no Hero");
        assertEquals("1", model.sentTextProperty().get());
        assertEquals("0", model.wonTextProperty().get());
        assertEquals("\u2014", model.lastTouchTextProperty().get(), "never touched");
        assertEquals("Anna Keller", model.nameProperty().get());
        assertEquals("anna@keller.example", model.emailProperty().get());
        assertEquals("", model.companyProperty().get());
        assertEquals("182", model.cadenceProperty().get());
        assertTrue(model.giftsAllowedProperty().get());
        assertTrue(model.publicThanksAllowedProperty().get());
        assertEquals(1, model.stories().size());
        assertEquals("Ben Okafor", model.stories().get(0).clientName());
        assertEquals("Beginning · received", model.actAndStage(model.stories().get(0)));
        assertTrue(model.touches().isEmpty());
        assertFalse(model.dirtyProperty().get(), "nothing edited yet");
    }

    @Test
    void theOverdueCheckInIsShownAsOverdue() {
        assertEquals(formats.date(checkInDue()), model.nextCheckInTextProperty().get());
        assertTrue(checkInDue().isBefore(NOW));
        assertTrue(model.checkInOverdueProperty().get());
    }

    @Test
    void loggingACallNowListsItAndMovesTheNextCheckInHalfAYearOn() {
        String before = model.nextCheckInTextProperty().get();
        AtomicInteger closed = new AtomicInteger();
        model.touchForm().reset();
        assertEquals(TouchKind.CALL, model.touchForm().kindProperty().get(), "a call unless changed");
        assertEquals(LocalDate.of(2026, 11, 23), model.touchForm().dateProperty().get(), "today");
        assertEquals("09:00", model.touchForm().timeProperty().get(), "now");
        model.touchForm().noteProperty().set("Catch-up call");
        model.logTouch(closed::incrementAndGet);

        assertEquals(1, closed.get(), "the dialog closes");
        assertEquals(1, model.touches().size());
        Touch call = model.touches().get(0);
        assertEquals(TouchKind.CALL, call.kind());
        assertEquals(NOW, call.at());
        assertEquals("Catch-up call", call.note());
        assertEquals("Call · 23 Nov 2026, 09:00", model.touchTitle(call));
        Instant next = ZonedDateTime.of(2027, 5, 24, 9, 0, 0, 0, LONDON).toInstant();
        assertEquals(next, checkInDue(), "now plus 182 days");
        assertEquals(formats.date(next), model.nextCheckInTextProperty().get());
        assertNotEquals(before, model.nextCheckInTextProperty().get());
        assertFalse(model.checkInOverdueProperty().get());
        assertEquals(formats.date(NOW), model.lastTouchTextProperty().get());
    }

    @Test
    void aTouchOnAnotherDayCountsFromThen() {
        model.touchForm().reset();
        model.touchForm().kindProperty().set(TouchKind.MEETING);
        model.touchForm().dateProperty().set(LocalDate.of(2026, 11, 20));
        model.touchForm().timeProperty().set("12:30");
        model.logTouch(() -> { });
        Instant lunch = ZonedDateTime.of(2026, 11, 20, 12, 30, 0, 0, LONDON).toInstant();
        assertEquals(List.of(new Touch(model.touches().get(0).id(), anna, TouchKind.MEETING, lunch, null)),
                model.touches());
        assertEquals(ZonedDateTime.of(2027, 5, 21, 12, 30, 0, 0, LONDON).toInstant(), checkInDue());
    }

    @Test
    void touchesAreListedNewestFirst() {
        partners.logTouch(anna, TouchKind.CARD, NOW.minus(Duration.ofDays(30)), "Card");
        model.touchForm().reset();
        model.touchForm().kindProperty().set(TouchKind.EMAIL);
        model.logTouch(() -> { });
        assertEquals(List.of(TouchKind.EMAIL, TouchKind.CARD), model.touches().stream().map(Touch::kind).toList());
    }

    @Test
    void aTimeThatIsNoTimeIsRefusedOnTheWhenFieldAndNothingIsLogged() {
        AtomicInteger closed = new AtomicInteger();
        model.touchForm().reset();
        model.touchForm().timeProperty().set("half past");
        model.logTouch(closed::incrementAndGet);
        assertEquals("Enter the time as hours and minutes, such as 14:30.",
                model.touchForm().whenErrorProperty().get());
        assertEquals(0, closed.get(), "the dialog stays open");
        assertEquals(List.of(), partners.touches(anna));
        model.touchForm().timeProperty().set("8:45");
        assertEquals("", model.touchForm().whenErrorProperty().get(), "typing clears the message");
    }

    @Test
    void aTouchInTheFutureIsRefusedOnTheWhenField() {
        AtomicInteger closed = new AtomicInteger();
        model.touchForm().reset();
        model.touchForm().dateProperty().set(LocalDate.of(2026, 11, 24));
        model.logTouch(closed::incrementAndGet);
        assertEquals("The time of the touch cannot be in the future.", model.touchForm().whenErrorProperty().get());
        assertEquals(0, closed.get());
        assertFalse(model.touchForm().busyProperty().get());
        assertEquals(List.of(), partners.touches(anna));
    }

    @Test
    void savingTheDetailsStoresThemAndANewCadenceMovesTheCheckIn() {
        model.nameProperty().set("Anna Keller-Berg");
        model.companyProperty().set("Keller Accounting");
        model.emailProperty().set("anna@kellerberg.example");
        model.phoneProperty().set("+44 20 7946 0000");
        model.addressProperty().set("1 Quay Street\nBristol BS1 4DJ");
        model.notesProperty().set("Met at the chamber breakfast");
        model.cadenceProperty().set(" 90 ");
        model.giftsAllowedProperty().set(false);
        model.giftNotesProperty().set("Bank policy: no gifts");
        assertTrue(model.dirtyProperty().get());
        model.save();

        PartnerProfile stored = partners.profile(anna);
        assertEquals(new Contact(anna, "Anna Keller-Berg", "Keller Accounting", "anna@kellerberg.example",
                "+44 20 7946 0000", "1 Quay Street\nBristol BS1 4DJ", "Met at the chamber breakfast"),
                stored.contact());
        assertEquals(new PartnerSettings(anna, 90, false, true, "Bank policy: no gifts", false), stored.settings());
        assertEquals("Saved.", model.savedMessageProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertEquals("Anna Keller-Berg", model.titleProperty().get());
        assertEquals("90", model.cadenceProperty().get());
        assertEquals(ZonedDateTime.of(2026, 8, 2, 10, 0, 0, 0, LONDON).toInstant(), checkInDue(),
                "last May plus 90 days");
        assertEquals(formats.date(checkInDue()), model.nextCheckInTextProperty().get());
    }

    @Test
    void tickingHeroMakesThePartnerAHeroByHandWithTheSettings() {
        assertFalse(model.heroProperty().get());
        model.heroByHandProperty().set(true);
        assertTrue(model.dirtyProperty().get());
        model.save();

        assertTrue(partners.settings(anna).heroByHand());
        assertTrue(model.heroProperty().get(), "the badge shows at once");
        assertTrue(model.heroByHandProperty().get());
    }

    @Test
    void aCadenceThatIsNoNumberIsRefusedOnItsFieldAndNothingIsSaved() {
        PartnerProfile before = partners.profile(anna);
        model.nameProperty().set("Anna K");
        model.cadenceProperty().set("abc");
        model.save();
        assertEquals("Enter the number of days between check-ins, such as 90.", model.cadenceErrorProperty().get());
        assertEquals("", model.nameErrorProperty().get());
        assertEquals(before, partners.profile(anna), "nothing saved");
        assertTrue(model.dirtyProperty().get(), "the edits are still in the form");
        assertEquals("", model.savedMessageProperty().get());
    }

    @Test
    void aCadenceOfZeroDaysIsRefusedOnItsField() {
        PartnerProfile before = partners.profile(anna);
        model.cadenceProperty().set("0");
        model.save();
        assertEquals("The check-in cadence must be between 1 and 3660 days.", model.cadenceErrorProperty().get());
        assertEquals(before, partners.profile(anna));
        model.cadenceProperty().set("30");
        assertEquals("", model.cadenceErrorProperty().get(), "typing clears the message");
    }

    @Test
    void aBlankNameIsRefusedOnItsFieldTogetherWithABadCadence() {
        PartnerProfile before = partners.profile(anna);
        model.nameProperty().set("   ");
        model.cadenceProperty().set("-5");
        model.save();
        assertEquals("A contact's name must not be blank.", model.nameErrorProperty().get());
        assertEquals("The check-in cadence must be between 1 and 3660 days.", model.cadenceErrorProperty().get());
        assertEquals(before, partners.profile(anna));
    }

    @Test
    void aBadEmailIsRefusedOnItsFieldAndNothingIsSaved() {
        PartnerProfile before = partners.profile(anna);
        model.cadenceProperty().set("30");
        model.emailProperty().set("anna at keller");
        model.save();
        assertEquals("\"anna at keller\" is not an email address such as name@example.com.",
                model.emailErrorProperty().get());
        assertEquals(before, partners.profile(anna), "not even the new cadence");
        assertFalse(model.busyProperty().get());
        assertEquals("30", model.cadenceProperty().get(), "the form keeps what was typed");
    }

    @Test
    void loggingATouchKeepsUnsavedEditsInTheForm() {
        model.notesProperty().set("Call her about the referral evening");
        model.touchForm().reset();
        model.logTouch(() -> { });
        assertEquals("Call her about the referral evening", model.notesProperty().get());
        assertTrue(model.dirtyProperty().get());
    }

    private Instant checkInDue() {
        return partners.profile(anna).summary().nextCheckInAt();
    }
}
