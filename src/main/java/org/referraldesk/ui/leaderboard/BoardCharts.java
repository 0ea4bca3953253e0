package org.referraldesk.ui.leaderboard;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.chart.XYChart;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.HeroMeasure;
import org.referraldesk.domain.HeroScore;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Wording;
import org.referraldesk.domain.YearReport;
import org.referraldesk.ui.common.OwnerFormats;

/** The two charts' data: the top heroes as horizontal bars, and the months stacked by channel. */
final class BoardCharts {
    private final ResourceBundle text;

    BoardCharts(ResourceBundle text) {
        this.text = text;
    }

    /**
     * The heroes as one series, the best last: a horizontal bar chart draws the first category lowest.
     * Each bar carries its {@link HeroScore} as extra value.
     */
    /** Put before a Hero's name on the axis: the same star as the partners' Hero badge. */
    static final String HERO_STAR = "\u2605 ";
    /** How many heroes the chart's summary names. */
    static final int SPOKEN = 3;

    XYChart.Series<Number, String> heroes(HeroMeasure by, List<HeroScore> top) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(Labels.forOwner().of(by));
        Set<String> names = new HashSet<>();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (HeroScore hero : top) {
            bars.add(0, new XYChart.Data<>(by.of(hero), label(hero, names), hero));
        }
        series.getData().setAll(bars);
        return series;
    }

    /**
     * The longest name the axis shows whole (in characters); a longer one is cut with an ellipsis so the
     * bars keep their room at 1024 pixels, and the bar's tooltip says it whole (ADR 0022).
     */
    static final int AXIS_NAME = 24;

    /**
     * The partner's name on the axis, starred for a Hero and cut short when long; a second partner with
     * the same name gets their company (or number) too.
     */
    private static String label(HeroScore hero, Set<String> names) {
        String name = shortened(hero.name());
        if (!names.add(name)) {
            name = name + " (" + (hero.company() != null ? shortened(hero.company()) : "#" + hero.partnerId()) + ")";
            names.add(name);
        }
        return hero.hero() ? HERO_STAR + name : name;
    }

    /** The top heroes as a sentence: the first {@value #SPOKEN} with their figure, then how many more. */
    String heroSummary(String title, HeroMeasure by, List<HeroScore> top) {
        Wording wording = Wording.forOwner(text);
        List<String> entries = new ArrayList<>();
        for (HeroScore hero : top.subList(0, Math.min(SPOKEN, top.size()))) {
            String figure = by == HeroMeasure.REFERRALS ? wording.format("board.summary.count", hero.referrals())
                    : OwnerFormats.money(by.of(hero));
            entries.add(wording.format("board.summary.entry", hero.name(), figure));
        }
        String list = String.join(text.getString("board.summary.separator"), entries);
        return top.size() > SPOKEN ? wording.format("board.summary.more", title, list, top.size() - SPOKEN)
                : wording.format("board.summary", title, list);
    }

    /** The year's referrals as a sentence: how many, and the busiest month. */
    String monthlySummary(YearReport shown) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Month busiest = Month.JANUARY;
        int most = -1;
        int total = 0;
        for (Month month : Month.values()) {
            int count = 0;
            for (Channel channel : Channel.values()) {
                count += shown.referrals(month.getValue(), channel);
            }
            total += count;
            if (count > most) {
                most = count;
                busiest = month;
            }
        }
        return Wording.forOwner(text).format("board.monthly.summary", total,
                busiest.getDisplayName(TextStyle.FULL_STANDALONE, locale), most);
    }

    /** {@code text} when it has at most {@link #AXIS_NAME} characters, else its start and an ellipsis. */
    static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= AXIS_NAME) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, AXIS_NAME - 1)).stripTrailing() + "\u2026";
    }

    /** One series per channel, each with all twelve months (zero where none arrived). */
    List<XYChart.Series<String, Number>> monthly(YearReport shown) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(Labels.forOwner().of(channel));
            for (Month month : Month.values()) {
                series.getData().add(new XYChart.Data<>(month.getDisplayName(TextStyle.SHORT, locale),
                        shown.referrals(month.getValue(), channel)));
            }
            out.add(series);
        }
        return out;
    }
}
