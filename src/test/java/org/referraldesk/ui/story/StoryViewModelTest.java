package org.referraldesk.ui.story;

import org.referraldesk.testing.TempDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Stage;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.NewReferral;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.Stories;
import org.referraldesk.service.Story;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.story.StoryViewModel.ActSection;
import org.referraldesk.ui.story.StoryViewModel.EventLine;
import org.referraldesk.ui.story.StoryViewModel.FollowUpItem;

/**
 * Monday 2026-11-23 09:00 in London. Junior Alvarez sent us Helen Carter on Friday; we called her back
 * on Saturday and thanked Junior the same morning.
 */
class StoryViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant FRIDAY = NOW.minus(Duration.ofDays(3));
    private static final Instant SATURDAY = NOW.minus(Duration.ofDays(2));
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(StoryController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private Stories stories;
    private StoryViewModel model;
    private long id;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        Referrals referrals = new Referrals(store, clock);
        FollowUps followUps = new FollowUps(store, clock);
        stories = new Stories(store, referrals);
        store.useTransaction(tx -> tx.contacts().insert(new Contact(0, "Junior Alvarez", "Alvarez Accounting",
                "junior@alvarez-accounting.example", "+44 20 7946 0101", null, null), FRIDAY));
        id = referrals.record(new NewReferral("Junior Alvarez", "junior@alvarez-accounting.example", "Helen Carter",
                "helen.carter@mail.example", "+44 7700 900000", Channel.EMAIL_INTRODUCTION,
                "New laptops and set-up for a six-person office", FRIDAY, new BigDecimal("4500"))).referral().id();
        referrals.move(id, Stage.CONTACTED, SATURDAY, "Called Helen back");
        long thanks = referrals.followUps(id).stream().filter(f -> f.kind() == FollowUpKind.THANK_REFERRER)
                .findFirst().orElseThrow().id();
        followUps.complete(thanks, SATURDAY.minus(Duration.ofHours(1)));
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new StoryViewModel(stories, referrals, followUps, TempDesk.services(store, clock).gifts(), inline, clock,
                text);
        model.show(id);
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures, "no background task failed");
    }

    @Test
    void aStoryRecordedFromAnEmailSaysWhichEmail() {
        long fromEmail = new Referrals(store, clock).record(new NewReferral("Junior Alvarez",
                "junior@alvarez-accounting.example", "Ines Roth", "ines@roth.example", null, Channel.EMAIL_INTRODUCTION,
                "A printer that works", FRIDAY, null, new EmailThread("intro-7@alvarez.example",
                        "Intro: Ines <> you"))).referral().id();

        model.show(fromEmail);

        assertEquals("Email introduction: “Intro: Ines <> you”", model.channelProperty().get());
    }

    @Test
    void aStoryOpensWithTheReferrerAsTheHeroAndItsActsAndFollowUps() {
        assertTrue(model.loadedProperty().get());
        assertEquals("Junior Alvarez sent you Helen Carter", model.heroProperty().get());
        assertEquals("Alvarez Accounting · junior@alvarez-accounting.example · +44 20 7946 0101",
                model.referrerDetailsProperty().get());
        assertEquals("helen.carter@mail.example · +44 7700 900000", model.clientDetailsProperty().get());
        assertEquals("Beginning · contacted", model.stageProperty().get());
        assertEquals("New laptops and set-up for a six-person office", model.needProperty().get());
        assertEquals("Email introduction", model.channelProperty().get());
        assertEquals("4,500.00 EUR", model.estimatedValueProperty().get());
        assertEquals("20 Nov 2026, 09:00", model.receivedProperty().get());

        assertEquals(List.of("Beginning", "Middle", "End"), model.acts().stream().map(ActSection::title).toList());
        assertEquals(Act.BEGINNING, currentAct());
        assertEquals(List.of(new EventLine("20 Nov 2026, 09:00", "Received", ""),
                new EventLine("21 Nov 2026, 09:00", "Contacted", "Called Helen back")), act(Act.BEGINNING).events());
        assertEquals(List.of(), act(Act.MIDDLE).events());

        assertEquals(List.of(
                new FollowUpItem(item("Answer the client").id(), "Answer the client",
                        "Overdue since 21 Nov 2026, 09:00", true, true),
                new FollowUpItem(item("Write the referrer a card").id(), "Write the referrer a card",
                        "Due 23 Nov 2026, 09:00", true, false),
                new FollowUpItem(item("Thank the referrer").id(), "Thank the referrer", "Done 21 Nov 2026, 08:00",
                        false, false)), model.followUps());
        assertTrue(model.messageProperty().get().isEmpty());
    }

    @Test
    void theNextStageMovesTheStoryOnAndSaysWhichFollowUpsItCreated() {
        assertTrue(model.canMoveProperty().get());
        assertEquals("Move to meeting booked", model.moveTextProperty().get());

        model.moveToNextStage();

        assertEquals("Middle · meeting booked", model.stageProperty().get());
        assertEquals(Act.MIDDLE, currentAct());
        assertEquals("Moved to meeting booked. Created: Update the referrer by 25 Nov 2026.",
                model.messageProperty().get());
        assertEquals("Due 25 Nov 2026, 09:00", item("Update the referrer").status());
        assertEquals(List.of(new EventLine("23 Nov 2026, 09:00", "Meeting booked", "")), act(Act.MIDDLE).events());

        model.moveToNextStage();
        assertEquals("Moved to met. No new follow-ups.", model.messageProperty().get());
        model.moveToNextStage();
        assertEquals("Middle · proposal sent", model.stageProperty().get());
        assertFalse(model.canMoveProperty().get(), "after the proposal only an outcome follows");
        assertEquals("", model.moveTextProperty().get());
        assertTrue(model.canCloseProperty().get());
    }

    @Test
    void wonWithAProfitOf2000CreatesTheGiftWithItsBudgetOf200() {
        DialogForm<?> won = model.wonForm();
        won.field("revenue").set("5000");
        won.field("profit").set(" 2000 ");
        AtomicBoolean saved = new AtomicBoolean();

        won.submit(() -> saved.set(true));

        assertTrue(saved.get(), "the dialog closes");
        assertEquals("Closed as won. Created: Update the referrer by 25 Nov 2026, Thank the referrer in public by "
                + "30 Nov 2026, Gift (budget 200.00 EUR) by 7 Dec 2026.", model.messageProperty().get());
        assertEquals(new FollowUpItem(item("Gift · budget 200.00 EUR").id(), "Gift · budget 200.00 EUR",
                "Due 7 Dec 2026, 09:00", true, false), item("Gift · budget 200.00 EUR"));
        assertEquals("End · won", model.stageProperty().get());
        assertEquals(List.of(new EventLine("23 Nov 2026, 09:00", "Won", "Revenue 5,000.00 EUR · profit 2,000.00 EUR")),
                act(Act.END).events());
        assertEquals(new BigDecimal("200.00"), stories.load(id).followUps().stream()
                .filter(f -> f.kind() == FollowUpKind.GIFT).findFirst().orElseThrow().amount());
    }

    @Test
    void aProfitThatIsNotAnAmountIsRefusedOnItsFieldAndNothingIsSaved() {
        Story before = stories.load(id);
        DialogForm<?> won = model.wonForm();
        won.field("revenue").set("5000");
        won.field("profit").set("abc");
        AtomicBoolean saved = new AtomicBoolean();

        won.submit(() -> saved.set(true));

        assertFalse(saved.get(), "the dialog stays open");
        assertEquals("Profit must be an amount such as 2000 or 2000.00.", won.errorOf("profit").get());
        assertEquals("", won.errorOf("revenue").get());
        assertEquals(before, stories.load(id), "nothing saved");
        assertEquals("", model.messageProperty().get());

        won.field("profit").set("6000");
        won.submit(() -> saved.set(true));
        assertEquals("Profit cannot be more than the revenue.", won.errorOf("profit").get());
        won.field("revenue").set("");
        won.submit(() -> saved.set(true));
        assertEquals("Revenue is required.", won.errorOf("revenue").get());
        assertEquals("", won.errorOf("profit").get(), "a fixed field loses its message");
        assertEquals(before, stories.load(id), "nothing saved");
        assertFalse(saved.get());
    }

    @Test
    void aBlankReasonIsRefusedOnItsFieldAndNothingIsSaved() {
        Story before = stories.load(id);
        DialogForm<?> lost = model.lostForm();
        lost.field("reason").set("   ");
        AtomicBoolean saved = new AtomicBoolean();

        lost.submit(() -> saved.set(true));

        assertFalse(saved.get());
        assertEquals("The reason it was lost must not be blank.", lost.errorOf("reason").get());
        assertEquals(before, stories.load(id));
        assertEquals("Close the story as lost", lost.header());
        assertEquals("Close as lost", lost.action());
    }

    @Test
    void notAFitWithAnOnwardReferralExplainsWhyAndCallsTheClientBackSixMonthsLater() {
        DialogForm<?> notAFit = model.notAFitForm();
        notAFit.field("reason").set("They need a web designer, not IT support");
        notAFit.field("onward").set("Lefèvre Design");

        notAFit.submit(() -> { });

        assertEquals("Closed as not a fit. Created: Explain to the referrer why "
                + "it was not a fit by 25 Nov 2026, Thank the referrer in public by 30 Nov 2026, Call the client back "
                + "by 23 May 2027.", model.messageProperty().get());
        assertEquals("Due 25 Nov 2026, 09:00", item("Explain to the referrer why it was not a fit").status());
        assertEquals("Due 23 May 2027, 09:00", item("Call the client back").status());
        assertEquals(List.of(new EventLine("23 Nov 2026, 09:00", "Not a fit",
                "They need a web designer, not IT support · sent on to Lefèvre Design")), act(Act.END).events());
    }

    @Test
    void theStoryLinksToThePagesOfItsPeopleAndOfWhomTheClientWasSentOnTo() {
        assertEquals("Referrer: Junior Alvarez", model.referrerLinkProperty().get());
        assertEquals("Client: Helen Carter", model.clientLinkProperty().get());
        assertEquals("", model.onwardLinkProperty().get(), "sent on to no one yet");

        DialogForm<?> notAFit = model.notAFitForm();
        notAFit.field("reason").set("They need a web designer, not IT support");
        notAFit.field("onward").set("Lefèvre Design");
        notAFit.submit(() -> { });

        assertEquals("Sent on to: Lefèvre Design", model.onwardLinkProperty().get());
        long onward = model.current().onwardContactId();
        assertEquals("Lefèvre Design", store.inTransaction(tx -> tx.contacts().find(onward)).orElseThrow().name());
    }

    @Test
    void anEndedStoryOffersOnlyToBeReopened() {
        assertTrue(model.canCloseProperty().get());
        assertFalse(model.canReopenProperty().get());
        DialogForm<?> lost = model.lostForm();
        lost.field("reason").set("Chose their nephew's firm");
        lost.submit(() -> { });

        assertEquals(Act.END, currentAct());
        assertFalse(model.canMoveProperty().get());
        assertFalse(model.canCloseProperty().get());
        assertTrue(model.canReopenProperty().get());
    }

    @Test
    void reopeningNeedsAReasonAndSetsAsideWhatTheEndingAskedFor() {
        DialogForm<?> won = model.wonForm();
        won.field("revenue").set("5000");
        won.field("profit").set("2000");
        won.submit(() -> { });
        Story ended = stories.load(id);

        DialogForm<?> reopen = model.reopenForm();
        AtomicBoolean saved = new AtomicBoolean();
        reopen.submit(() -> saved.set(true));

        assertFalse(saved.get());
        assertEquals("The reason for reopening must not be blank.", reopen.errorOf("reason").get());
        assertEquals(ended, stories.load(id), "nothing saved");
        assertTrue(model.canReopenProperty().get());

        reopen.field("reason").set("Helen cancelled the order");
        reopen.submit(() -> saved.set(true));

        assertTrue(saved.get());
        assertEquals("Reopened at contacted. Set aside: Thank the referrer in public, Gift (budget 200.00 EUR).",
                model.messageProperty().get());
        assertEquals("Beginning · contacted", model.stageProperty().get());
        assertTrue(model.canCloseProperty().get());
        assertFalse(model.canReopenProperty().get());
        assertEquals(new EventLine("23 Nov 2026, 09:00", "Reopened at contacted", "Helen cancelled the order"),
                act(Act.BEGINNING).events().get(2));
        assertEquals("Skipped 23 Nov 2026, 09:00: Story reopened: Helen cancelled the order",
                item("Gift · budget 200.00 EUR").status());
        assertFalse(item("Gift · budget 200.00 EUR").open());
    }

    @Test
    void followUpsAreDoneSnoozedAndSkippedFromTheStory() {
        model.complete(item("Answer the client").id());
        assertEquals("Done: Answer the client.", model.messageProperty().get());
        assertEquals(new FollowUpItem(item("Answer the client").id(), "Answer the client", "Done 23 Nov 2026, 09:00",
                false, false), item("Answer the client"));

        long card = item("Write the referrer a card").id();
        model.snooze(card, 1);
        assertEquals("Snoozed until 24 Nov 2026, 09:00: Write the referrer a card.", model.messageProperty().get());
        assertEquals("Snoozed until 24 Nov 2026, 09:00", item("Write the referrer a card").status());
        model.snooze(card, 7);
        assertEquals("Snoozed until 30 Nov 2026, 09:00", item("Write the referrer a card").status());

        DialogForm<?> skip = model.skipForm(card);
        assertEquals("Skip “Write the referrer a card”", skip.header());
        skip.submit(() -> { });
        assertEquals("The reason for skipping must not be blank.", skip.errorOf("reason").get());
        assertTrue(item("Write the referrer a card").open());
        skip.field("reason").set("Thanked Junior in person");
        skip.submit(() -> { });
        assertEquals("Skipped: Write the referrer a card.", model.messageProperty().get());
        assertEquals("Skipped 23 Nov 2026, 09:00: Thanked Junior in person",
                item("Write the referrer a card").status());
        assertTrue(model.followUps().stream().noneMatch(FollowUpItem::open));
    }

    private Act currentAct() {
        return model.acts().stream().filter(ActSection::current).map(ActSection::act).findFirst().orElseThrow();
    }

    private ActSection act(Act act) {
        return model.acts().get(act.ordinal());
    }

    private FollowUpItem item(String title) {
        return model.followUps().stream().filter(f -> f.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no follow-up " + title + " in " + model.followUps()));
    }
}
