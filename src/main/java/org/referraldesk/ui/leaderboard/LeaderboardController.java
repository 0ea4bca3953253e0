package org.referraldesk.ui.leaderboard;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.referraldesk.domain.HeroMeasure;
import org.referraldesk.domain.HeroScore;

/** Wires the Leaderboard screen to its view model: the year, the tiles, the measure toggle and the two charts. */
public final class LeaderboardController {
    private final LeaderboardViewModel model;

    @FXML private ChoiceBox<Integer> yearChoice;
    @FXML private Label referralsValue;
    @FXML private Label referralsDetail;
    @FXML private Label conversionValue;
    @FXML private Label conversionDetail;
    @FXML private Label responseValue;
    @FXML private Label responseDetail;
    @FXML private Label withinValue;
    @FXML private Label withinDetail;
    @FXML private Label thanksValue;
    @FXML private Label thanksDetail;
    @FXML private Label heroTitle;
    @FXML private ToggleGroup measureGroup;
    @FXML private ToggleButton byReferrals;
    @FXML private ToggleButton byRevenue;
    @FXML private ToggleButton byProfit;
    @FXML private BarChart<Number, String> heroChart;
    @FXML private NumberAxis heroValueAxis;
    @FXML private CategoryAxis heroNameAxis;
    @FXML private Label noHeroesLabel;
    @FXML private StackedBarChart<String, Number> monthlyChart;
    @FXML private NumberAxis monthlyCountAxis;
    @FXML private Node boardContent;
    @FXML private Node emptyState;
    @FXML private Label emptyTitle;
    @FXML private Node loadingState;

    public LeaderboardController(LeaderboardViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(model.years());
        yearChoice.valueProperty().bindBidirectional(model.yearProperty());
        show(referralsValue, referralsDetail, model.referralsProperty());
        show(conversionValue, conversionDetail, model.conversionProperty());
        show(responseValue, responseDetail, model.medianResponseProperty());
        show(withinValue, withinDetail, model.withinADayProperty());
        show(thanksValue, thanksDetail, model.thankYousProperty());

        byReferrals.setUserData(HeroMeasure.REFERRALS);
        byRevenue.setUserData(HeroMeasure.REVENUE);
        byProfit.setUserData(HeroMeasure.PROFIT);
        measureGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true);
            } else {
                model.measureProperty().set((HeroMeasure) toggle.getUserData());
            }
        });
        heroTitle.textProperty().bind(model.heroTitleProperty());
        heroValueAxis.setTickLabelFormatter(new WholeNumbers());
        monthlyCountAxis.setTickLabelFormatter(new WholeNumbers());
        heroNameAxis.setAutoRanging(false);
        heroNameAxis.setCategories(model.heroNames());
        heroChart.setData(model.heroSeries());
        model.heroSeries().addListener((ListChangeListener<XYChart.Series<Number, String>>) change -> tipBars());
        monthlyChart.setData(model.monthlySeries());
        heroChart.visibleProperty().bind(model.noHeroesProperty().not());
        heroChart.setAccessibleRole(javafx.scene.AccessibleRole.TEXT); // read as its summary, not bar by bar
        heroChart.accessibleTextProperty().bind(model.heroSummaryProperty());
        monthlyChart.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        monthlyChart.accessibleTextProperty().bind(model.monthlySummaryProperty());
        noHeroesLabel.visibleProperty().bind(model.noHeroesProperty());

        emptyTitle.textProperty().bind(model.emptyMessageProperty());
        emptyState.visibleProperty().bind(model.emptyProperty().and(model.loadedProperty()));
        boardContent.visibleProperty().bind(model.emptyProperty().not().and(model.loadedProperty()));
        loadingState.visibleProperty().bind(model.busyProperty().and(model.loadedProperty().not()));
        model.open();
    }

    /** Each hero's bar tells their whole year when the pointer rests on it. */
    private void tipBars() {
        for (XYChart.Series<Number, String> series : model.heroSeries()) {
            for (XYChart.Data<Number, String> bar : series.getData()) {
                Tooltip tip = new Tooltip(model.barText((HeroScore) bar.getExtraValue()));
                if (bar.getNode() != null) {
                    Tooltip.install(bar.getNode(), tip);
                }
                bar.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        Tooltip.install(node, tip);
                    }
                });
            }
        }
    }

    private static void show(Label value, Label detail, ObservableValue<Figure> figure) {
        value.textProperty().bind(Bindings.createStringBinding(() -> figure.getValue().value(), figure));
        detail.textProperty().bind(Bindings.createStringBinding(() -> figure.getValue().detail(), figure));
    }

    /** Axis ticks as whole numbers with grouping ("12,500"); in-between ticks stay blank. */
    private static final class WholeNumbers extends StringConverter<Number> {
        private final NumberFormat format = NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT));

        @Override
        public String toString(Number value) {
            double number = value.doubleValue();
            return number == Math.rint(number) ? format.format(number) : "";
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    }
}
