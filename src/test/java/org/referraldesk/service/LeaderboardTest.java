package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TypicalClocks.BERLIN_ZONE;
import static org.referraldesk.testing.TypicalClocks.instantAt;

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
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.HeroMeasure;
import org.referraldesk.domain.HeroScore;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.YearReport;
import org.referraldesk.testing.TempDesk;

/**
 * The leaderboard on a real desk at 2026-03-10 09:00 in Berlin ({@link TempDesk#CLOCK}): stories are
 * counted in the owner's calendar year of when they were received.
 */
class LeaderboardTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private Leaderboard leaderboard;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        leaderboard = new Leaderboard(desk.store(), TempDesk.CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void heroesAreRankedByReferralsRevenueAndProfit() {
        long a1 = send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00");
        send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-06T10:00");
        send("Anna Keller", "Gina Rossi", Channel.PHONE, "2026-01-07T10:00");
        long c1 = send("Carla Núñez", "David Levi", Channel.WEB_FORM, "2026-02-01T10:00");
        long c2 = send("Carla Núñez", "Felix Braun", Channel.WEB_FORM, "2026-02-02T10:00");
        long d1 = send("Dora Weiss", "Hana Ito", Channel.IN_PERSON, "2026-02-03T10:00");
        win(a1, "1000.00", "100.00");
        win(c1, "3000.00", "500.00");
        win(c2, "1000.50", "900.25");
        win(d1, "6000.00", "400.00");

        YearReport year = leaderboard.report(2026);

        assertEquals(List.of("Anna Keller", "Carla Núñez", "Dora Weiss"), names(year.top(HeroMeasure.REFERRALS, 10)));
        assertEquals(List.of("Dora Weiss", "Carla Núñez", "Anna Keller"), names(year.top(HeroMeasure.REVENUE, 10)));
        assertEquals(List.of("Carla Núñez", "Dora Weiss", "Anna Keller"), names(year.top(HeroMeasure.PROFIT, 10)));
        HeroScore carla = year.top(HeroMeasure.PROFIT, 1).get(0);
        assertEquals(new BigDecimal("4000.50"), carla.revenue(), "exact sums of the won stories");
        assertEquals(new BigDecimal("1400.25"), carla.profit());
        assertEquals(2, carla.won());
    }

    @Test
    void onlyTheTopTenHeroesAreShownAndTiesGoToMoreReferralsThenTheName() {
        for (int i = 0; i < 12; i++) {
            send("Partner " + (char) ('A' + i), "Client " + i, Channel.PHONE, "2026-01-10T10:00");
        }
        send("Partner L", "Client 99", Channel.PHONE, "2026-01-11T10:00");

        List<HeroScore> top = leaderboard.report(2026).top(HeroMeasure.REFERRALS, Leaderboard.TOP);

        assertEquals(10, top.size());
        assertEquals(List.of("Partner L", "Partner A", "Partner B"), names(top.subList(0, 3)));
    }

    @Test
    void aHeroWhoWonNothingIsNotOnTheMoneyBoards() {
        send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00");

        YearReport year = leaderboard.report(2026);

        assertEquals(1, year.top(HeroMeasure.REFERRALS, 10).size());
        assertEquals(List.of(), year.top(HeroMeasure.REVENUE, 10));
        assertEquals(List.of(), year.top(HeroMeasure.PROFIT, 10));
    }

    @Test
    void conversionIsWonOverClosedStories() {
        win(send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00"), "1000.00", "100.00");
        desk.referrals().close(send("Anna Keller", "David Levi", Channel.PHONE, "2026-01-06T10:00"),
                new Outcome.NotAFit("We do not do roofs", "Roof & Co"), null, null);
        desk.referrals().close(send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-07T10:00"),
                new Outcome.Lost("Chose a cheaper offer"), null, null);
        desk.referrals().close(send("Anna Keller", "Felix Braun", Channel.PHONE, "2026-01-08T10:00"),
                new Outcome.Lost("No budget this year"), null, null);
        send("Anna Keller", "Gina Rossi", Channel.PHONE, "2026-01-09T10:00");

        YearReport year = leaderboard.report(2026);

        assertEquals(5, year.referrals());
        assertEquals(4, year.conversion().closed(), "won + not a fit + lost; the open story waits");
        assertEquals(1, year.conversion().notAFit());
        assertEquals(0.25, year.conversion().rate().getAsDouble(), 1e-9);
    }

    @Test
    void withoutClosedStoriesThereIsNoConversionRateYet() {
        send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00");

        assertTrue(leaderboard.report(2026).conversion().rate().isEmpty());
    }

    @Test
    void storiesCountInTheOwnersYearOfWhenTheyWereReceived() {
        send("Anna Keller", "Ben Okafor", Channel.PHONE, "2025-12-31T23:30");
        send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-01T00:30");

        assertEquals(1, leaderboard.report(2025).referrals(), "23:30 on New Year's Eve in Berlin");
        assertEquals(1, leaderboard.report(2026).referrals(), "00:30 in Berlin is still 2025 in UTC");
        assertEquals(List.of(2026, 2025), leaderboard.years());
    }

    @Test
    void aStoryJustAfterMidnightOnTheFirstCountsInTheOwnersMonth() {
        send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-02-01T00:30");
        send("Anna Keller", "Emma Schäfer", Channel.EMAIL_INTRODUCTION, "2026-01-31T23:59");
        send("Carla Núñez", "David Levi", Channel.EMAIL_INTRODUCTION, "2026-01-02T09:00");

        YearReport year = leaderboard.report(2026);

        assertEquals(1, year.referrals(2, Channel.PHONE));
        assertEquals(0, year.referrals(1, Channel.PHONE));
        assertEquals(2, year.referrals(1, Channel.EMAIL_INTRODUCTION));
        assertEquals(3, year.monthly().stream().mapToInt(m -> m.referrals()).sum());
    }

    @Test
    void medianFirstResponseIsTheMiddleAnsweredStory() {
        answer(send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00"), Duration.ofHours(2));
        answer(send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-06T10:00"), Duration.ofHours(5));
        answer(send("Anna Keller", "Gina Rossi", Channel.PHONE, "2026-01-07T10:00"), Duration.ofHours(30));

        assertEquals(Duration.ofHours(5), leaderboard.report(2026).responses().median());
    }

    @Test
    void medianFirstResponseOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        answer(send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00"), Duration.ofHours(1));
        answer(send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-06T10:00"), Duration.ofHours(2));
        answer(send("Anna Keller", "Gina Rossi", Channel.PHONE, "2026-01-07T10:00"), Duration.ofHours(5));
        answer(send("Anna Keller", "Felix Braun", Channel.PHONE, "2026-01-08T10:00"), Duration.ofHours(40));

        assertEquals(Duration.ofMinutes(210), leaderboard.report(2026).responses().median(), "(2 h + 5 h) / 2");
    }

    @Test
    void aStoryStillUnansweredAfterADayCountsAgainstTheShareWithin24Hours() {
        answer(send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00"), Duration.ofHours(24));
        answer(send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-06T10:00"), Duration.ofHours(25));
        send("Anna Keller", "Gina Rossi", Channel.PHONE, "2026-02-07T10:00");
        send("Anna Keller", "Felix Braun", Channel.PHONE, "2026-03-10T07:00");

        var responses = leaderboard.report(2026).responses();

        assertEquals(2, responses.answered());
        assertEquals(1, responses.withinADay(), "exactly 24 hours is within a day");
        assertEquals(1, responses.unanswered());
        assertEquals(1, responses.waiting(), "received two hours ago: not late yet");
        assertEquals(1.0 / 3, responses.shareWithinADay().getAsDouble(), 1e-9);
    }

    @Test
    void aThankYouDoneAfterItsDueTimeIsLate() {
        long onTime = send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00");
        long late = send("Anna Keller", "Emma Schäfer", Channel.PHONE, "2026-01-06T10:00");
        long skipped = send("Anna Keller", "Gina Rossi", Channel.PHONE, "2026-01-07T10:00");
        send("Anna Keller", "Felix Braun", Channel.PHONE, "2026-01-08T10:00");
        send("Anna Keller", "David Levi", Channel.PHONE, "2026-03-10T07:00");
        thank(onTime, Duration.ofHours(24));
        thank(late, Duration.ofHours(24).plusMinutes(1));
        desk.followUps().skip(followUp(skipped, FollowUpKind.THANK_REFERRER).id(), "Forgot");

        var thanks = leaderboard.report(2026).thankYous();

        assertEquals(1, thanks.onTime(), "done exactly at its due time");
        assertEquals(1, thanks.late());
        assertEquals(2, thanks.notDone(), "skipped, and one still open a month after it was due");
        assertEquals(1, thanks.pending(), "due tomorrow");
        assertEquals(0.25, thanks.onTimeRate().getAsDouble(), 1e-9);
    }

    @Test
    void deletedStoriesDoNotCount() {
        send("Anna Keller", "Ben Okafor", Channel.PHONE, "2026-01-05T10:00");
        new Trash(desk.store(), TempDesk.CLOCK).deleteStory(send("Carla Núñez", "Emma Schäfer", Channel.PHONE,
                "2026-01-06T10:00"));

        YearReport year = leaderboard.report(2026);

        assertEquals(1, year.referrals());
        assertEquals(List.of("Anna Keller"), names(year.heroes()));
    }

    @Test
    void anEmptyYearHasNoFiguresAndTheYearsListHoldsThisYear() {
        YearReport year = leaderboard.report(2026);

        assertTrue(year.isEmpty());
        assertTrue(year.responses().medianTime().isEmpty());
        assertTrue(year.thankYous().onTimeRate().isEmpty());
        assertEquals(List.of(2026), leaderboard.years());
    }

    private long send(String referrer, String client, Channel channel, String localTime) {
        return desk.referrals().record(NewReferral.of(referrer, client, channel, "Some help")
                .receivedAt(instantAt(localTime, BERLIN_ZONE))).referral().id();
    }

    private void win(long id, String revenue, String profit) {
        desk.referrals().close(id, new Outcome.Won(new BigDecimal(revenue), new BigDecimal(profit)), null, null);
    }

    private void answer(long id, Duration after) {
        complete(id, FollowUpKind.RESPOND_TO_CLIENT, after);
    }

    private void thank(long id, Duration after) {
        complete(id, FollowUpKind.THANK_REFERRER, after);
    }

    private void complete(long id, FollowUpKind kind, Duration after) {
        Instant received = desk.referrals().find(id).receivedAt();
        desk.followUps().complete(followUp(id, kind).id(), received.plus(after));
    }

    private FollowUp followUp(long id, FollowUpKind kind) {
        return desk.referrals().followUps(id).stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static List<String> names(List<HeroScore> heroes) {
        return heroes.stream().map(HeroScore::name).toList();
    }
}
