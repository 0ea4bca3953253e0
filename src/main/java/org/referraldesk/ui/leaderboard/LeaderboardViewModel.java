package org.referraldesk.ui.leaderboard;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.referraldesk.domain.HeroMeasure;
import org.referraldesk.domain.HeroScore;
import org.referraldesk.domain.YearReport;
import org.referraldesk.service.Leaderboard;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * The Leaderboard screen: a year to look at (this year first), its headline figures, the top heroes by
 * the chosen measure (best at the top) and the stories per month stacked by channel.
 */
public final class LeaderboardViewModel {
    private final Leaderboard leaderboard;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final BoardTexts texts;
    private final BoardCharts charts;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<HeroMeasure> measure = new SimpleObjectProperty<>(HeroMeasure.REFERRALS);
    private final ObjectProperty<YearReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<Figure> referrals = new SimpleObjectProperty<>(Figure.BLANK);
    private final ObjectProperty<Figure> conversion = new SimpleObjectProperty<>(Figure.BLANK);
    private final ObjectProperty<Figure> medianResponse = new SimpleObjectProperty<>(Figure.BLANK);
    private final ObjectProperty<Figure> withinADay = new SimpleObjectProperty<>(Figure.BLANK);
    private final ObjectProperty<Figure> thankYous = new SimpleObjectProperty<>(Figure.BLANK);
    private final ObservableList<XYChart.Series<Number, String>> heroSeries = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<String, Number>> monthlySeries = FXCollections.observableArrayList();
    private final ObservableList<String> heroNames = FXCollections.observableArrayList();
    private final StringProperty heroTitle = new SimpleStringProperty("");
    /** The hero chart and the monthly chart said as text, for a screen reader. */
    private final StringProperty heroSummary = new SimpleStringProperty("");
    private final StringProperty monthlySummary = new SimpleStringProperty("");
    private final StringProperty emptyMessage = new SimpleStringProperty("");
    private final BooleanProperty noHeroes = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private boolean opening;

    public LeaderboardViewModel(Leaderboard leaderboard, BackgroundTasks tasks, ResourceBundle text) {
        this.leaderboard = leaderboard;
        this.tasks = tasks;
        this.text = text;
        this.texts = new BoardTexts(text);
        this.charts = new BoardCharts(text);
        year.addListener((obs, old, chosen) -> {
            if (chosen != null && !opening) {
                load(chosen);
            }
        });
        measure.addListener((obs, old, chosen) -> showHeroes());
    }

    /** Finds the years with stories and shows this year. */
    public void open() {
        busy.set(true);
        tasks.run(() -> {
            int current = leaderboard.currentYear();
            return new Opened(leaderboard.years(), leaderboard.report(current));
        }, opened -> {
            opening = true;
            years.setAll(opened.years());
            year.set(opened.report().year());
            opening = false;
            show(opened.report());
        }, this::failed);
    }

    private void load(int chosen) {
        busy.set(true);
        tasks.run(() -> leaderboard.report(chosen), this::show, this::failed);
    }

    private void show(YearReport shown) {
        report.set(shown);
        referrals.set(texts.referrals(shown));
        conversion.set(texts.conversion(shown.conversion()));
        medianResponse.set(texts.medianResponse(shown.responses()));
        withinADay.set(texts.withinADay(shown.responses()));
        thankYous.set(texts.thankYous(shown.thankYous()));
        monthlySeries.setAll(charts.monthly(shown));
        monthlySummary.set(charts.monthlySummary(shown));
        showHeroes();
        boolean current = shown.year() == leaderboard.currentYear();
        emptyMessage.set(texts.format(current ? "board.empty.current" : "board.empty.past", shown.year()));
        empty.set(shown.isEmpty());
        loaded.set(true);
        busy.set(false);
    }

    private void showHeroes() {
        HeroMeasure by = measure.get();
        heroTitle.set(text.getString("board.heroes." + by.name()));
        YearReport shown = report.get();
        List<HeroScore> top = shown == null ? List.of() : shown.top(by, Leaderboard.TOP);
        XYChart.Series<Number, String> series = charts.heroes(by, top);
        heroNames.setAll(series.getData().stream().map(XYChart.Data::getYValue).toList());
        heroSeries.setAll(List.of(series));
        noHeroes.set(top.isEmpty());
        heroSummary.set(top.isEmpty() ? text.getString("board.heroes.empty")
                : charts.heroSummary(heroTitle.get(), by, top));
    }

    /** "Priya Natarajan · referrals 4 · won 2 · revenue 6,300.00 · profit 2,205.00". */
    public String barText(HeroScore hero) {
        return texts.format("board.bar.tip", hero.name(), hero.referrals(), hero.won(),
                OwnerFormats.money(hero.revenue()), OwnerFormats.money(hero.profit()), hero.hero() ? "hero" : "other");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** Referrals, revenue or profit: what the top heroes are ranked by. */
    public ObjectProperty<HeroMeasure> measureProperty() {
        return measure;
    }

    public ReadOnlyObjectProperty<Figure> referralsProperty() {
        return referrals;
    }

    public ReadOnlyObjectProperty<Figure> conversionProperty() {
        return conversion;
    }

    public ReadOnlyObjectProperty<Figure> medianResponseProperty() {
        return medianResponse;
    }

    public ReadOnlyObjectProperty<Figure> withinADayProperty() {
        return withinADay;
    }

    public ReadOnlyObjectProperty<Figure> thankYousProperty() {
        return thankYous;
    }

    /** One series: the top heroes, the best last (a horizontal bar chart draws the first category lowest). */
    public ObservableList<XYChart.Series<Number, String>> heroSeries() {
        return heroSeries;
    }

    /**
     * The heroes' names in the bars' order, for the name axis: set explicitly, because an auto-ranging
     * category axis keeps the order of the names it showed before.
     */
    public ObservableList<String> heroNames() {
        return heroNames;
    }

    public ObservableList<XYChart.Series<String, Number>> monthlySeries() {
        return monthlySeries;
    }

    /** "Top partners by referrals: Anna Keller 6, Grace Kim 5, Junior Alvarez 4, and 7 more". */
    public ReadOnlyStringProperty heroSummaryProperty() {
        return heroSummary;
    }

    /** "38 referrals this year, most in Mar (7)". */
    public ReadOnlyStringProperty monthlySummaryProperty() {
        return monthlySummary;
    }

    public ReadOnlyStringProperty heroTitleProperty() {
        return heroTitle;
    }

    /** "No referrals in 2025 yet". */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage;
    }

    /** Nobody on the chosen board (e.g. nothing won yet for revenue). */
    public ReadOnlyBooleanProperty noHeroesProperty() {
        return noHeroes;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    private record Opened(List<Integer> years, YearReport report) {
    }
}
