package org.referraldesk.ui.vip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.service.Reminders;
import org.referraldesk.testing.PlaybookSettingsBuilder;
import org.referraldesk.service.SampleData;
import org.referraldesk.service.VipRoundUp;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The VIP screen on the sample desk in November 2026: the reminder check plans the round-up, the screen reads it. */
class VipViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(VipController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private VipRoundUp vip;
    private VipViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        vip = new VipRoundUp(store, clock);
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new VipViewModel(vip, inline, clock, text);
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void anEmptyDeskShowsThisYearWithNobodyInvited() {
        model.open();
        assertEquals(List.of(2026), model.years());
        assertEquals(2026, model.yearProperty().get());
        assertTrue(model.emptyProperty().get());
        assertEquals("0 invited \u00b7 0 sent \u00b7 0 accepted \u00b7 0 declined", model.summaryProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void openingTheScreenPlansNothing() {
        new SampleData(store, clock).fill();
        model.open();
        assertTrue(model.emptyProperty().get(), "the reminder check plans, not the screen");
        assertEquals(List.of(), vip.list(2026));
    }

    @Test
    void anEmptyYearSaysWhenItsInvitesArePlannedAndWhomTheyCount() {
        model.open();
        assertEquals("The 2026 invites are planned for 1 Dec 2026. They go to every partner who refers between "
                + "1 Dec 2025 and 30 Nov 2026; no one has referred in that time yet.", model.emptyTextProperty().get());
    }

    @Test
    void aRoundUpTurnedOffSaysSo() {
        new OwnerSettings(store).savePlaybook(new PlaybookSettingsBuilder().withoutAnnualVipInvites().build());
        model.open();
        assertTrue(model.emptyTextProperty().get().startsWith("The annual round-up is turned off."));
    }

    @Test
    void aYearWhoseMonthsAreCountedSaysLaterReferralsCountForNextYear() {
        new OwnerSettings(store).savePlaybook(new PlaybookSettingsBuilder().withVipMonth(Month.MARCH).build());
        model.open();
        assertEquals("The 2026 invites went out on 1 Mar 2026 to every partner who referred between 1 Mar 2025 and "
                + "28 Feb 2026; no one referred in that time. Referrals from now on count for the 2027 round-up.",
                model.emptyTextProperty().get());
    }

    @Test
    void theReminderCheckPlansThisYearsInvitesOnceAndTheScreenListsThemWithTotals() {
        new SampleData(store, clock).fill();
        new Reminders(store, clock).check();
        model.open();
        int invited = model.rows().size();
        assertTrue(invited > 0);
        assertTrue(model.rows().stream().allMatch(l -> l.status() == VipStatus.PLANNED));
        assertEquals(invited, model.totalsProperty().get().partners());
        assertEquals(model.rows().stream().map(VipLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
                model.totalsProperty().get().revenue());
        new Reminders(store, clock).check();
        model.open();
        assertEquals(invited, model.rows().size(), "checking again invites nobody twice");
        assertEquals(invited, vip.list(2026).size());
    }

    @Test
    void markingSentThenAcceptedMovesTheChipAndTheButtons() {
        new SampleData(store, clock).fill();
        new Reminders(store, clock).check();
        model.open();
        VipLine first = model.rows().get(0);
        model.selectedProperty().set(first);
        assertTrue(model.canMarkSent().get());
        assertFalse(model.canAnswer().get(), "accepted or declined only after sent");

        model.markSent();
        assertEquals(VipStatus.SENT, model.rows().get(0).status());
        assertEquals(VipStatus.SENT, model.selectedProperty().get().status(), "the same invite stays selected");
        assertEquals("Invite to " + first.name() + " marked sent.", model.messageProperty().get());
        assertFalse(model.canMarkSent().get());
        assertTrue(model.canAnswer().get());
        assertEquals(1, model.totalsProperty().get().sent());

        model.markAccepted();
        assertEquals(VipStatus.ACCEPTED, model.rows().get(0).status());
        assertEquals("Accepted", model.statusText(model.rows().get(0).status()));
        assertTrue(model.summaryProperty().get().contains("1 accepted"));
    }

    @Test
    void aRefusedMarkIsShownAsAMessageAndChangesNothing() {
        new SampleData(store, clock).fill();
        new Reminders(store, clock).check();
        model.open();
        model.selectedProperty().set(model.rows().get(0));
        model.markDeclined();
        assertEquals("Mark the invite sent before it is accepted or declined.", model.messageProperty().get());
        assertTrue(model.refusedProperty().get());
        assertEquals(VipStatus.PLANNED, vip.list(2026).get(0).status());
    }

    @Test
    void choosingAnotherYearShowsItsInvites() {
        new SampleData(store, clock).fill();
        new Referrals(store, clock).record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A roof")
                .receivedAt(Instant.parse("2025-06-02T10:00:00Z")));
        vip.plan(2025);
        model.open();
        assertEquals(List.of(2026, 2025), model.years());
        model.yearProperty().set(2025);
        assertEquals(List.of("Anna Keller"), model.rows().stream().map(VipLine::name).toList());
        assertEquals(vip.list(2025), model.rows());
    }
}
