package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.VipInvite;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.domain.VipTotals;
import org.referraldesk.testing.PlaybookSettingsBuilder;
import org.referraldesk.testing.TempDesk;

/**
 * The desk at 2026-03-10 in Berlin. Anna sent two stories this winter (one won), Dora one just after
 * midnight on 1 December 2025; Carla's only story arrived in November 2025, more than twelve months
 * before December 2026.
 */
class VipRoundUpTest {
    private static final Instant DECEMBER_FIRST_0030 = instantAt("2025-12-01T00:30", BERLIN_ZONE);
    private static final Instant NOVEMBER_LAST = instantAt("2025-11-30T23:30", BERLIN_ZONE);

    @TempDir
    Path dir;
    private TempDesk desk;
    private VipRoundUp vip;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        vip = new VipRoundUp(desk.store(), TempDesk.CLOCK);
        Referrals referrals = desk.referrals();
        long won = send("Anna Keller", "Ben Okafor", instantAt("2026-01-15T10:00", BERLIN_ZONE));
        send("Anna Keller", "Emma Schäfer", instantAt("2026-02-20T10:00", BERLIN_ZONE));
        send("Dora Weiss", "Felix Braun", DECEMBER_FIRST_0030);
        send("Carla Núñez", "Gina Rossi", NOVEMBER_LAST);
        referrals.close(won, new Outcome.Won(new BigDecimal("1234.50"), new BigDecimal("400.25")), null, null);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyPartnerWhoReferredInTheTwelveMonthsBeforeDecemberGetsOneInvite() {
        List<VipInvite> created = vip.plan(2026);
        assertEquals(2, created.size());
        assertEquals(List.of("Anna Keller", "Dora Weiss"), names(vip.list(2026)), "Carla referred before December 2025");
        assertTrue(created.stream().allMatch(i -> i.status() == VipStatus.PLANNED && i.followUpId() != null));
    }

    @Test
    void lastYearsRoundUpInvitesThoseWhoReferredThen() {
        vip.plan(2025);
        assertEquals(List.of("Carla Núñez"), names(vip.list(2025)));
    }

    @Test
    void planningAgainCreatesNothingNew() {
        vip.plan(2026);
        int openFollowUps = desk.count(tx -> tx.followUps().countOpen());
        assertEquals(List.of(), vip.plan(2026));
        assertEquals(List.of(), vip.plan(2026));
        assertEquals(2, vip.list(2026).size());
        assertEquals(openFollowUps, desk.count(tx -> tx.followUps().countOpen()));
    }

    @Test
    void theInviteFollowUpIsDueOnTheFirstOfDecemberAtNineInBerlin() {
        VipInvite anna = vip.plan(2026).get(0);
        FollowUp followUp = desk.followUps().find(anna.followUpId());
        assertEquals(FollowUpKind.ANNUAL_VIP_INVITE, followUp.kind());
        assertEquals(instantAt("2026-12-01T09:00", BERLIN_ZONE), followUp.dueAt());
        assertEquals(Instant.parse("2026-12-01T08:00:00Z"), followUp.dueAt());
        assertEquals(anna.partnerId(), followUp.partnerId());
    }

    @Test
    void theChosenMonthMovesTheRoundUpAndItsTwelveMonths() {
        desk.settings().savePlaybook(new PlaybookSettingsBuilder().withVipMonth(Month.MARCH).build());
        List<VipInvite> created = vip.plan(2026);
        assertEquals(List.of("Anna Keller", "Carla Núñez", "Dora Weiss"), names(vip.list(2026)),
                "March 2025 to March 2026 holds all four stories");
        assertEquals(instantAt("2026-03-01T09:00", BERLIN_ZONE), desk.followUps().find(created.get(0).followUpId()).dueAt());
    }

    @Test
    void noInvitesWhenTheOwnerSwitchedThemOff() {
        desk.settings().savePlaybook(new PlaybookSettingsBuilder().withoutAnnualVipInvites().build());
        assertEquals(List.of(), vip.plan(2026));
        assertEquals(List.of(), vip.list(2026));
    }

    @Test
    void eachLineCarriesThePartnersTwelveMonthTotalsToTheCent() {
        vip.plan(2026);
        VipLine anna = vip.list(2026).get(0);
        assertEquals(2, anna.referralsSent());
        assertEquals(1, anna.won());
        assertEquals(new BigDecimal("1234.50"), anna.revenue());
        assertEquals(new BigDecimal("400.25"), anna.profit());
        VipLine dora = vip.list(2026).get(1);
        assertEquals(1, dora.referralsSent());
        assertEquals(new BigDecimal("0.00"), dora.revenue());
        VipTotals totals = VipTotals.of(vip.list(2026));
        assertEquals(new VipTotals(2, 3, 1, new BigDecimal("1234.50"), new BigDecimal("400.25"), 0, 0, 0), totals);
    }

    @Test
    void markingSentCompletesTheFollowUpThenAcceptedOrDeclinedFollows() {
        VipInvite anna = vip.plan(2026).get(0);
        VipInvite sent = vip.mark(anna.id(), VipStatus.SENT);
        assertEquals(VipStatus.SENT, sent.status());
        FollowUp followUp = desk.followUps().find(anna.followUpId());
        assertNotNull(followUp.doneAt(), "sending the invite does the follow-up");
        assertEquals(NOW, followUp.doneAt());
        assertEquals(VipStatus.ACCEPTED, vip.mark(anna.id(), VipStatus.ACCEPTED).status());
        assertEquals(VipStatus.DECLINED, vip.mark(anna.id(), VipStatus.DECLINED).status(), "they changed their mind");
        assertEquals(VipStatus.DECLINED, vip.list(2026).get(0).status());
        assertEquals(new VipTotals(2, 3, 1, new BigDecimal("1234.50"), new BigDecimal("400.25"), 1, 0, 1),
                VipTotals.of(vip.list(2026)));
    }

    @Test
    void acceptedOrDeclinedBeforeSentIsRefused() {
        VipInvite anna = vip.plan(2026).get(0);
        desk.assertRefused("Mark the invite sent before it is accepted or declined.",
                () -> vip.mark(anna.id(), VipStatus.ACCEPTED));
        desk.assertRefused("Mark the invite sent before it is accepted or declined.",
                () -> vip.mark(anna.id(), VipStatus.DECLINED));
        assertEquals(VipStatus.PLANNED, vip.list(2026).get(0).status());
    }

    @Test
    void sendingTwiceIsRefused() {
        VipInvite anna = vip.plan(2026).get(0);
        vip.mark(anna.id(), VipStatus.SENT);
        desk.assertRefused("This invite was already sent.", () -> vip.mark(anna.id(), VipStatus.SENT));
    }

    @Test
    void aFollowUpAlreadyDoneFromTheDueListDoesNotStopTheInviteBeingSent() {
        VipInvite anna = vip.plan(2026).get(0);
        desk.followUps().complete(anna.followUpId(), null);
        assertEquals(VipStatus.SENT, vip.mark(anna.id(), VipStatus.SENT).status());
    }

    @Test
    void theYearsAreThisYearAndThoseWithInvitesNewestFirst() {
        assertEquals(List.of(2026), vip.years());
        vip.plan(2025);
        assertEquals(List.of(2026, 2025), vip.years());
    }

    private List<String> names(List<VipLine> lines) {
        return lines.stream().map(VipLine::name).toList();
    }

    private long send(String referrer, String client, Instant at) {
        return desk.referrals().record(NewReferral.of(referrer, client, Channel.PHONE, "A kitchen").receivedAt(at))
                .referral().id();
    }
}
