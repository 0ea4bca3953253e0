package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Leaderboard in the real window: empty first, then the sample year with its heroes. */
class LeaderboardWindowTest extends DeskWindowTest {

    @Test
    void anEmptyDeskSaysSoAndTheSampleYearShowsItsHeroes() throws Exception {
        waitUntilVisible("#leaderboardNav");
        clickOn("#leaderboardNav");
        waitUntilVisible(".leaderboard-screen .empty-state");
        assertTrue(lookup("No referrals in 2026 yet").tryQuery().isPresent());

        addSampleData();
        clickOn("#leaderboardNav");
        waitUntilVisible(".hero-chart");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heroBars() == 10);
        assertTrue(lookup("#leaderboardNav").queryAs(ToggleButton.class).isSelected());
        assertEquals("48", lookup(".board-tile-value").queryAs(Label.class).getText());

        clickOn("#byProfit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Top partners by profit").tryQuery().isPresent());
        BarChart<?, ?> chart = lookup(".hero-chart").queryAs(BarChart.class);
        assertTrue(chart.getData().get(0).getData().size() > 0, "the winners' profit is charted");
    }

    private int heroBars() {
        return lookup(".hero-chart").tryQuery().map(chart -> ((BarChart<?, ?>) chart).getData())
                .filter(data -> !data.isEmpty()).map(data -> data.get(0).getData().size()).orElse(0);
    }
}
