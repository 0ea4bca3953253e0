package org.referraldesk.ui.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.HeroMeasure;
import org.referraldesk.domain.Outcome;
import org.referraldesk.service.Leaderboard;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.SampleData;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The Leaderboard screen's model on a real desk in November 2026 (London), without a window. */
class LeaderboardViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(LeaderboardController.class);
    private final List<Throwable> failures = new ArrayList<>();
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @TempDir
    Path dir;
    private Store store;
    private LeaderboardViewModel model;

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        store = Store.open(dir.resolve("desk"));
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new LeaderboardViewModel(new Leaderboard(store, clock), inline, text);
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(Locale.Category.FORMAT, before);
        assertEquals(List.of(), failures);
    }

    @Test
    void anEmptyYearSaysSoInsteadOfShowingBlankCharts() {
        model.open();

        assertEquals(List.of(2026), model.years());
        assertEquals(2026, model.yearProperty().get());
        assertTrue(model.emptyProperty().get());
        assertEquals("No referrals in 2026 yet", model.emptyMessageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void bothChartsAreSaidAsASentenceNamingTheTopThreeAndTheBusiestMonth() {
        new SampleData(store, clock).fill();

        model.open();

        List<XYChart.Data<Number, String>> bars = model.heroSeries().get(0).getData();
        String best = bars.get(bars.size() - 1).getYValue().replace(BoardCharts.HERO_STAR, "");
        String summary = model.heroSummaryProperty().get();
        assertTrue(summary.startsWith("Top partners by referrals: " + best + " "), summary);
        assertTrue(summary.endsWith(", and " + (bars.size() - 3) + " more"), summary);
        assertTrue(model.monthlySummaryProperty().get().startsWith("48 referrals in the year, most in "),
                model.monthlySummaryProperty().get());

        model.measureProperty().set(HeroMeasure.REVENUE);
        assertTrue(model.heroSummaryProperty().get().startsWith("Top partners by won revenue: "),
                "the summary follows the measure");
    }

    @Test
    void anEmptyYearsChartsSayThereIsNothingYet() {
        model.open();

        assertEquals("No won referrals in this year yet", model.heroSummaryProperty().get());
        assertEquals("0 referrals in the year", model.monthlySummaryProperty().get());
    }

    @Test
    void theSampleYearFillsEveryTileAndBothCharts() {
        new SampleData(store, clock).fill();

        model.open();

        assertFalse(model.emptyProperty().get());
        assertEquals("48", model.referralsProperty().get().value());
        assertTrue(model.conversionProperty().get().value().endsWith("%"));
        assertTrue(model.conversionProperty().get().detail().contains("not a fit"), "how not-a-fit counts is shown");
        assertTrue(model.medianResponseProperty().get().value().endsWith(" h"));
        assertTrue(model.withinADayProperty().get().value().endsWith("%"));
        assertTrue(model.thankYousProperty().get().value().endsWith("%"));
        assertEquals(Channel.values().length, model.monthlySeries().size(), "one stack per channel");
        assertEquals(48, model.monthlySeries().stream().flatMap(s -> s.getData().stream())
                .mapToInt(d -> d.getYValue().intValue()).sum());
        assertEquals(12, model.monthlySeries().get(0).getData().size(), "every month on the axis");
        assertEquals("Jan", model.monthlySeries().get(0).getData().get(0).getXValue());
        assertEquals(10, bars().size(), "the top ten of sixteen partners");
    }

    @Test
    void theBestHeroIsTheTopBarAndTheToggleRanksByProfit() {
        Referrals referrals = new Referrals(store, clock);
        send(referrals, "Anna Keller", "Ben Okafor");
        send(referrals, "Anna Keller", "Emma Schäfer");
        long carla = send(referrals, "Carla Núñez", "David Levi");
        referrals.close(carla, new Outcome.Won(new BigDecimal("5000.00"), new BigDecimal("1250.50")), null, null);

        model.open();
        assertEquals("Top partners by referrals", model.heroTitleProperty().get());
        assertEquals(List.of("\u2605 Carla Núñez", "Anna Keller"), categories(), "the first category is drawn lowest");
        assertEquals(2, bars().get(1).getXValue().intValue());

        model.measureProperty().set(HeroMeasure.PROFIT);

        assertEquals("Top partners by profit", model.heroTitleProperty().get());
        assertEquals(List.of("\u2605 Carla Núñez"), categories(), "Anna has won nothing yet");
        assertEquals(new BigDecimal("1250.50"), bars().get(0).getXValue());
        assertEquals(categories(), model.heroNames(), "the name axis follows the new ranking");
        assertEquals("Carla Núñez \u00b7 Hero \u00b7 referrals 1 \u00b7 won 1 \u00b7 revenue 5,000.00 \u00b7 profit 1,250.50",
                model.barText((org.referraldesk.domain.HeroScore) bars().get(0).getExtraValue()));
        assertFalse(model.noHeroesProperty().get());
    }

    @Test
    void aYearWithoutWinsSaysSoOnTheMoneyBoard() {
        send(new Referrals(store, clock), "Anna Keller", "Ben Okafor");
        model.open();

        model.measureProperty().set(HeroMeasure.REVENUE);

        assertTrue(model.noHeroesProperty().get());
        assertEquals("\u2014", model.conversionProperty().get().value(), "no story has closed yet");
    }

    @Test
    void choosingAnotherYearShowsThatYear() {
        Referrals referrals = new Referrals(store, clock);
        referrals.record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "Backups")
                .receivedAt(Instant.parse("2025-06-01T10:00:00Z")));
        model.open();
        assertEquals(List.of(2026, 2025), model.years());
        assertTrue(model.emptyProperty().get());

        model.yearProperty().set(2025);

        assertFalse(model.emptyProperty().get());
        assertEquals("1", model.referralsProperty().get().value());
        assertEquals(1, model.monthlySeries().get(Channel.PHONE.ordinal()).getData().get(5).getYValue().intValue());
    }

    @Test
    void anEmptyPastYearSaysNoReferralsWithoutYet() {
        new Referrals(store, clock).record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "Backups")
                .receivedAt(Instant.parse("2024-06-01T10:00:00Z")));
        model.open();

        model.yearProperty().set(2024);
        assertFalse(model.emptyProperty().get());
        assertEquals(List.of(2026, 2024), model.years(), "2025 has no stories");
    }

    @Test
    void hoursAreShownWithOneDecimalUnderTenHours() {
        BoardTexts texts = new BoardTexts(text);
        assertEquals("3.5 h", texts.hours(java.time.Duration.ofMinutes(210)));
        assertEquals("19 h", texts.hours(java.time.Duration.ofHours(19)));
    }

    private long send(Referrals referrals, String referrer, String client) {
        return referrals.record(NewReferral.of(referrer, client, Channel.EMAIL_INTRODUCTION, "IT help")
                .receivedAt(NOW.minusSeconds(86_400 * 3))).referral().id();
    }

    private List<XYChart.Data<Number, String>> bars() {
        return model.heroSeries().get(0).getData();
    }

    private List<String> categories() {
        return bars().stream().map(XYChart.Data::getYValue).toList();
    }
}
