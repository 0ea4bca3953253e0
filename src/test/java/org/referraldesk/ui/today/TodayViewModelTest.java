package org.referraldesk.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.domain.FollowUpKind.HANDWRITTEN_CARD;
import static org.referraldesk.domain.FollowUpKind.HERO_CHECK_IN;
import static org.referraldesk.domain.FollowUpKind.RESPOND_TO_CLIENT;
import static org.referraldesk.domain.FollowUpKind.THANK_REFERRER;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Today;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DeskChanges;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.templates.MessageActions;

/**
 * Tuesday 2026-03-10, 09:00 in Berlin. Anna sent us Ben last August and nothing was done since:
 * the answer, the thanks, the card and her check-in are long overdue. Carl sent us Dora yesterday
 * morning: answering and thanking are due today, the card later this week.
 */
class TodayViewModelTest {
    private static final Instant LAST_AUGUST = instantAt("2025-08-01T09:00", BERLIN_ZONE);
    private static final Instant YESTERDAY = instantAt("2026-03-09T14:00", BERLIN_ZONE);
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(TodayController.class);
    private final ResourceBundle messageText = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(MessageActions.class);
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private int changesSignalled;

    @TempDir
    Path dir;
    private TempDesk desk;
    private TodayViewModel model;
    private long anna;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A new boiler")
                .receivedAt(LAST_AUGUST)).referral().referrerId();
        desk.referrals().record(NewReferral.of("Carl Brandt", "Dora Fischer", Channel.PHONE, "Solar panels")
                .receivedAt(YESTERDAY));
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        MessageActions messages = new MessageActions(desk.services().templates(), inline, messageText, link -> true,
                copied::add);
        model = new TodayViewModel(new Today(desk.store(), TempDesk.CLOCK), desk.followUps(), messages,
                new DeskChanges(() -> changesSignalled++), inline, TempDesk.CLOCK, text);
        model.load();
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void eachSectionIsGroupedByKindWithReadableNamesAndTheCountsSitOnTop() {
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER, HANDWRITTEN_CARD, HERO_CHECK_IN), kinds(model.overdue()));
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER), kinds(model.dueToday()));
        assertEquals(List.of(HANDWRITTEN_CARD), kinds(model.nextWeek()));
        assertEquals(List.of("Answer the client", "Thank the referrer", "Write the referrer a card",
                "Check in with the referrer"), model.overdue().stream().map(TodayGroup::title).toList());
        assertEquals(4, model.overdueCountProperty().get());
        assertEquals(2, model.dueTodayCountProperty().get());
        assertEquals(1, model.nextWeekCountProperty().get());
        TodayItem thanks = model.dueToday().get(1).items().get(0);
        assertEquals("Carl Brandt", thanks.partnerName());
        assertEquals("Dora Fischer", thanks.clientName());
        assertEquals("Due at 14:00", thanks.dueText());
        assertEquals("", thanks.lateText());
        assertFalse(model.nothingDueProperty().get());
        assertFalse(model.emptyDeskProperty().get());
    }

    @Test
    void overdueByMoreThanADayIsFlaggedAndAnHourLateIsNot() {
        desk.use(tx -> tx.followUps().insert(FollowUp.planned(FollowUpKind.GIFT,
                TempDesk.NOW.minus(Duration.ofHours(1)), anna, null, null)));
        model.load();

        assertTrue(item(model.overdue(), RESPOND_TO_CLIENT).longOverdue());
        assertEquals("220 days overdue", item(model.overdue(), RESPOND_TO_CLIENT).lateText());
        TodayItem gift = item(model.overdue(), FollowUpKind.GIFT);
        assertFalse(gift.longOverdue());
        assertEquals("Due Tue 10 Mar, 08:00", gift.dueText());
        assertEquals("1 h overdue", gift.lateText());
    }

    @Test
    void doneTakesTheItemOffAndLowersTheCount() {
        TodayItem respond = item(model.overdue(), RESPOND_TO_CLIENT);
        model.complete(respond);

        assertEquals(3, model.overdueCountProperty().get());
        assertEquals(List.of(THANK_REFERRER, HANDWRITTEN_CARD, HERO_CHECK_IN), kinds(model.overdue()));
        assertEquals("Done: Answer the client \u00b7 Anna Keller.", model.undoProperty().get().said());
        assertEquals(TempDesk.NOW, desk.followUps().find(respond.id()).doneAt());
        assertEquals(1, changesSignalled, "the reminder check is asked to look at once, so the badge follows");
    }

    @Test
    void undoPutsADoneBackAsItWas() {
        TodayItem respond = item(model.overdue(), RESPOND_TO_CLIENT);
        FollowUp before = desk.followUps().find(respond.id());
        model.complete(respond);
        model.undo();

        assertEquals(before, desk.followUps().find(respond.id()));
        assertEquals(4, model.overdueCountProperty().get());
        assertEquals(null, model.undoProperty().get(), "one undo per change");
        assertEquals("1 follow-up is back as before.", model.messageProperty().get());
    }

    @Test
    void undoPutsASnoozeAndASkipBackAsTheyWere() {
        TodayItem card = item(model.nextWeek(), HANDWRITTEN_CARD);
        model.snooze(card, 7);
        model.undo();
        assertEquals(null, desk.followUps().find(card.id()).snoozedUntil());

        TodayItem thanks = item(model.dueToday(), THANK_REFERRER);
        DialogForm<?> skip = model.skipForm(List.of(thanks));
        skip.field("reason").set("Thanked him at the fair");
        skip.submit(() -> { });
        assertEquals("Skipped: Thank the referrer \u00b7 Carl Brandt.", model.undoProperty().get().said());
        model.undo();
        FollowUp back = desk.followUps().find(thanks.id());
        assertTrue(back.isOpen());
        assertEquals(null, back.skipReason());
        assertEquals(2, model.dueTodayCountProperty().get());
    }

    @Test
    void severalPickedRowsAreDoneAtOnceAndUndoneAtOnce() {
        model.selection().all();
        assertEquals(7, model.pickedProperty().get());
        model.selection().clear();
        model.selection().toggle(item(model.overdue(), RESPOND_TO_CLIENT));
        model.selection().extendTo(item(model.overdue(), HERO_CHECK_IN));
        assertEquals(4, model.pickedProperty().get(), "shift-click picks the range");

        model.completePicked();
        assertEquals(0, model.overdueCountProperty().get());
        assertEquals(0, model.pickedProperty().get(), "what was done is no longer picked");
        assertEquals("4 follow-ups done.", model.undoProperty().get().said());

        model.undo();
        assertEquals(4, model.overdueCountProperty().get(), "all four are overdue again, the check-in too");
        assertEquals(0, desk.partners().touches(anna).size(),
                "undo takes back the touches the Done logged: the owner did not write to Anna after all");
        assertEquals(1, desk.count(tx -> tx.followUps().openOfKind(anna, HERO_CHECK_IN).size()),
                "one open check-in, the one put back");
    }

    @Test
    void pickedGiftsStayForTheirOwnDialog() {
        desk.use(tx -> tx.followUps().insert(FollowUp.planned(FollowUpKind.GIFT,
                TempDesk.NOW.minus(Duration.ofHours(1)), anna, null, null)));
        model.load();
        model.selection().toggle(item(model.overdue(), FollowUpKind.GIFT));
        model.selection().toggle(item(model.overdue(), THANK_REFERRER));
        model.completePicked();

        assertEquals("Done: Thank the referrer \u00b7 Anna Keller. 1 gift or public thank-you stays picked: "
                + "do each with its own button.", model.undoProperty().get().said());
        assertEquals(1, model.pickedProperty().get());
        assertTrue(kinds(model.overdue()).contains(FollowUpKind.GIFT));
    }

    @Test
    void severalPickedRowsAreSnoozedAtOnce() {
        model.selection().toggle(item(model.overdue(), RESPOND_TO_CLIENT));
        model.selection().toggle(item(model.overdue(), THANK_REFERRER));
        model.snoozePicked(7);
        assertEquals("2 follow-ups snoozed until 17 Mar 2026, 09:00.", model.undoProperty().get().said());
        assertEquals(List.of(HANDWRITTEN_CARD, HERO_CHECK_IN), kinds(model.overdue()));
    }

    @Test
    void copyMessageCopiesTheRowsMessageFilledFromItsStory() {
        TodayItem thanks = item(model.dueToday(), THANK_REFERRER);
        assertTrue(thanks.message(), "a thank-you is a message");
        assertFalse(item(model.nextWeek(), HANDWRITTEN_CARD).message(), "a card is written by hand");
        model.copyMessage(thanks);

        assertEquals(1, copied.size());
        assertTrue(copied.get(0).contains("Carl"), copied.get(0));
        assertEquals("Copied the message to the clipboard.", model.messageProperty().get());
    }

    @Test
    void theScreenReadsAgainWhenSomethingElseChangedAFollowUpAndKeepsWhatIsPicked() {
        TodayItem card = item(model.nextWeek(), HANDWRITTEN_CARD);
        model.selection().toggle(card);
        desk.followUps().complete(item(model.overdue(), RESPOND_TO_CLIENT).id(), null);
        model.load();
        assertEquals(3, model.overdueCountProperty().get());
        assertEquals(List.of(card), model.selection().items());
    }

    @Test
    void snoozingADayOrAWeekMovesTheItemIntoTheNextSevenDays() {
        TodayItem respond = item(model.overdue(), RESPOND_TO_CLIENT);
        TodayItem thanks = item(model.overdue(), THANK_REFERRER);
        model.snooze(respond, 1);
        model.snooze(thanks, 7);

        assertEquals(List.of(HANDWRITTEN_CARD, HERO_CHECK_IN), kinds(model.overdue()));
        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER, HANDWRITTEN_CARD), kinds(model.nextWeek()));
        assertEquals(instantAt("2026-03-11T09:00", BERLIN_ZONE), desk.followUps().find(respond.id()).snoozedUntil());
        assertEquals(instantAt("2026-03-17T09:00", BERLIN_ZONE), desk.followUps().find(thanks.id()).snoozedUntil());
    }

    @Test
    void aPickedDateKeepsTheItemsTimeOfDayAndADayInThePastIsRefusedOnTheField() {
        TodayItem card = item(model.nextWeek(), HANDWRITTEN_CARD);
        DialogForm<?> past = model.snoozeForm(List.of(card));
        past.day("until").set(LocalDate.of(2026, 3, 1));
        TempDesk.Snapshot before = desk.snapshot();
        AtomicBoolean closedPast = new AtomicBoolean();
        past.submit(() -> closedPast.set(true));
        assertEquals("Snooze until a time in the future.", past.errorOf("until").get());
        assertFalse(closedPast.get());
        assertEquals(before, desk.snapshot(), "nothing changed");

        DialogForm<?> form = model.snoozeForm(List.of(card));
        assertEquals(LocalDate.of(2026, 3, 11), form.day("until").get(), "tomorrow to begin with");
        form.day("until").set(LocalDate.of(2026, 3, 25));
        AtomicBoolean closed = new AtomicBoolean();
        form.submit(() -> closed.set(true));

        assertTrue(closed.get());
        assertEquals(instantAt("2026-03-25T14:00", BERLIN_ZONE), desk.followUps().find(card.id()).snoozedUntil(),
                "the card was due at 14:00, and still is, on the picked day");
        assertEquals(List.of(), kinds(model.nextWeek()), "beyond the seven days");
    }

    @Test
    void aBlankSkipReasonIsRefusedOnTheFieldAndChangesNothing() {
        TodayItem thanks = item(model.dueToday(), THANK_REFERRER);
        DialogForm<?> form = model.skipForm(List.of(thanks));
        assertEquals("Skip \u201cThank the referrer \u00b7 Carl Brandt\u201d", form.header());
        TempDesk.Snapshot before = desk.snapshot();
        form.field("reason").set("   ");
        AtomicBoolean closed = new AtomicBoolean();
        form.submit(() -> closed.set(true));

        assertEquals("Say why you skip it, so the story stays clear.", form.errorOf("reason").get());
        assertFalse(closed.get());
        assertEquals(before, desk.snapshot());
        assertEquals(2, model.dueTodayCountProperty().get());

        form.field("reason").set("Thanked him in person at the fair");
        form.submit(() -> closed.set(true));
        assertTrue(closed.get());
        assertEquals("", form.errorOf("reason").get());
        assertEquals(List.of(RESPOND_TO_CLIENT), kinds(model.dueToday()));
        assertEquals("Thanked him in person at the fair", desk.followUps().find(thanks.id()).skipReason());
    }

    @Test
    void loggingATouchWithAPartnerTakesTheirOverdueCheckInOffToday() {
        assertTrue(kinds(model.overdue()).contains(HERO_CHECK_IN));

        desk.partners().logTouch(anna, TouchKind.CALL, null, "Rang about her new shop");
        model.load();

        assertEquals(List.of(RESPOND_TO_CLIENT, THANK_REFERRER, HANDWRITTEN_CARD), kinds(model.overdue()));
        assertFalse(kinds(model.nextWeek()).contains(HERO_CHECK_IN), "the next one is half a year away");
    }

    @Test
    void doneOnAHeroCheckInLogsATouchWithThePartner() {
        model.complete(item(model.overdue(), HERO_CHECK_IN));

        assertEquals(1, desk.partners().touches(anna).size());
        assertFalse(kinds(model.overdue()).contains(HERO_CHECK_IN));
    }

    @Test
    void anEmptyDeskHasNothingDueAndSaysSo() {
        TempDesk empty = TempDesk.openIn(dir.resolve("empty"));
        try {
            BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
            TodayViewModel fresh = new TodayViewModel(new Today(empty.store(), TempDesk.CLOCK), empty.followUps(),
                    new MessageActions(empty.services().templates(), inline, messageText), DeskChanges.none(), inline,
                    TempDesk.CLOCK, text);
            fresh.load();
            assertTrue(fresh.nothingDueProperty().get());
            assertTrue(fresh.emptyDeskProperty().get());
            assertEquals(0, fresh.overdueCountProperty().get());
            assertEquals("Tuesday 10 March 2026", fresh.dateText());
        } finally {
            empty.close();
        }
    }

    @Test
    void withNothingDueThisWeekTheEmptyStateNamesTheNextFollowUpOrSaysAllIsDone() {
        TempDesk quiet = TempDesk.openIn(dir.resolve("quiet"));
        try {
            BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
            long carl = quiet.referrals().record(NewReferral.of("Carl Brandt", "Dora Fischer", Channel.PHONE, "Solar")
                    .receivedAt(YESTERDAY)).referral().referrerId();
            quiet.followUps().dueAt(TempDesk.NOW.plus(Duration.ofDays(400)))
                    .forEach(line -> quiet.followUps().skip(line.id(), "Handled on the phone"));
            quiet.use(tx -> tx.followUps().insert(FollowUp.planned(HERO_CHECK_IN,
                    instantAt("2026-04-01T10:00", BERLIN_ZONE), carl, null, null)));
            TodayViewModel fresh = new TodayViewModel(new Today(quiet.store(), TempDesk.CLOCK), quiet.followUps(),
                    new MessageActions(quiet.services().templates(), inline, messageText), DeskChanges.none(), inline,
                    TempDesk.CLOCK, text);
            fresh.load();
            assertTrue(fresh.nothingDueProperty().get());
            assertEquals("Nothing falls due in the next 7 days. The next one is \u201cCheck in with the referrer\u201d "
                    + "for Carl Brandt on Wednesday 1 April 2026.", fresh.emptyTextProperty().get());

            quiet.followUps().dueAt(TempDesk.NOW.plus(Duration.ofDays(400)))
                    .forEach(line -> quiet.followUps().skip(line.id(), "Met him in town"));
            fresh.load();
            assertTrue(fresh.emptyTextProperty().get().startsWith("Every follow-up is done"));
        } finally {
            quiet.close();
        }
    }

    private static List<FollowUpKind> kinds(ObservableList<TodayGroup> groups) {
        return groups.stream().map(TodayGroup::kind).toList();
    }

    private static TodayItem item(ObservableList<TodayGroup> groups, FollowUpKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst().orElseThrow().items().get(0);
    }
}
